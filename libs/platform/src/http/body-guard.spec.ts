import { findBodyProblem, MAX_BODY_DEPTH } from './body-guard.js';

const nest = (depth: number): object => (depth === 0 ? {} : { a: nest(depth - 1) });

describe('findBodyProblem', () => {
  it.each<[string, unknown]>([
    ['no body', undefined],
    ['an empty object', {}],
    ['a job request', { query: 'numb', options: { ask: true } }],
    ['objects at the depth limit', nest(MAX_BODY_DEPTH - 1)],
    ['keys that only look like prototype keys', { proto: 1, __proto: 2, Constructor: 3 }],
  ])('accepts %s', (_name, body) => {
    expect(findBodyProblem(body)).toBeUndefined();
  });

  it.each<[string, unknown, string]>([
    ['null', null, 'body'],
    ['an array', [{ query: 'numb' }], 'body'],
    ['a string', 'numb', 'body'],
    ['a __proto__ key', JSON.parse('{"__proto__":{"x":1}}'), '__proto__'],
    ['a nested constructor key', { options: { constructor: { prototype: {} } } }, 'options.constructor'],
    ['a prototype key in an array', JSON.parse('{"list":[{"prototype":1}]}'), 'list.0.prototype'],
    ['objects past the depth limit', nest(MAX_BODY_DEPTH), Array(MAX_BODY_DEPTH).fill('a').join('.')],
  ])('rejects %s', (_name, body, field) => {
    expect(findBodyProblem(body)?.field).toBe(field);
  });

  it('handles nesting far deeper than the stack allows for recursion', () => {
    let deep: unknown[] = [];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(findBodyProblem({ deep })?.message).toMatch(/nested too deeply/);
  });
});
