import { createHash } from 'node:crypto';
import { subsonicAuthParams } from './subsonic-auth.js';

describe('subsonicAuthParams', () => {
  it('matches the example of the Subsonic API documentation (password sesame, salt c19b2d)', () => {
    expect(subsonicAuthParams({ username: 'joe', password: 'sesame' }, 'c19b2d')).toEqual({
      u: 'joe',
      t: '26719a1196d2a940705a59634eb18eab',
      s: 'c19b2d',
      v: '1.16.1',
      c: 'truetrack',
      f: 'json',
    });
  });

  it('uses a fresh salt for every request and never sends the password', () => {
    const first = subsonicAuthParams({ username: 'joe', password: 'sesame' });
    const second = subsonicAuthParams({ username: 'joe', password: 'sesame' });
    expect(first.s).not.toBe(second.s);
    expect(first.t).toBe(createHash('md5').update(`sesame${first.s}`).digest('hex'));
    expect(Object.values(first)).not.toContain('sesame');
  });
});
