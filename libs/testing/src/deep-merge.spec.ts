import { deepMerge } from './deep-merge.js';

describe('deepMerge', () => {
  const base = { a: { b: 1, c: [1, 2] }, d: 'x', e: undefined as string | undefined };

  it.each([
    ['nothing', undefined, base],
    ['a nested value', { a: { b: 2 } }, { ...base, a: { b: 2, c: [1, 2] } }],
    ['an array whole', { a: { c: [3] } }, { ...base, a: { b: 1, c: [3] } }],
    ['an optional value', { e: 'set' }, { ...base, e: 'set' }],
    ['nothing for undefined', { d: undefined }, base],
  ])('overrides %s', (_case, overrides, expected) => {
    expect(deepMerge(base, overrides)).toEqual(expected);
  });

  it('leaves the base untouched', () => {
    deepMerge(base, { a: { b: 9 } });
    expect(base.a.b).toBe(1);
  });
});
