import { checkRequired } from './required-fields';

describe('checkRequired', () => {
  afterEach(() => (document.body.innerHTML = ''));

  it('passes when every field has text', () => {
    expect(checkRequired([{ field: 'query', value: ' numb ', label: 'A song' }])).toBeUndefined();
  });

  it('names each empty or blank field and the form-level sentence lists them', () => {
    const problem = checkRequired([
      { field: 'username', value: '', label: 'Username' },
      { field: 'password', value: '   ', label: 'Password' },
      { field: 'note', value: 'x', label: 'Note' },
    ]);
    expect(problem?.message).toBe('Type username and password first.');
    expect(problem?.fields).toEqual({ username: 'Type username.', password: 'Type password.' });
    expect(problem?.status).toBe(400);
  });

  it('puts the cursor in the first missing field', () => {
    document.body.innerHTML = '<input id="a" /><input id="b" />';
    checkRequired([
      { field: 'a', value: 'filled', label: 'A', inputId: 'a' },
      { field: 'b', value: '', label: 'B', inputId: 'b' },
    ]);
    expect(document.activeElement?.id).toBe('b');
  });
});
