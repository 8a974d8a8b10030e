import { formatNumberPair, parseNumberPair, withCounts } from './number-pair.js';

describe('formatNumberPair', () => {
  it.each([
    [{ number: 3, total: 12 }, '3/12'],
    [{ number: 3 }, '3'],
    [{ number: 1, total: 1 }, '1/1'],
    [{ total: 12 }, undefined],
    [{ number: 0, total: 12 }, undefined],
    [{ number: 3, total: 0 }, '3'],
    [{ number: 2.5 }, undefined],
    [undefined, undefined],
  ])('%j is written as %j', (pair, text) => {
    expect(formatNumberPair(pair)).toBe(text);
  });
});

describe('parseNumberPair', () => {
  it.each([
    ['3/12', { number: 3, total: 12 }],
    ['03/12', { number: 3, total: 12 }],
    [' 3 / 12 ', { number: 3, total: 12 }],
    ['7', { number: 7 }],
    ['0/12', { total: 12 }],
  ])('reads %j', (text, pair) => {
    expect(parseNumberPair(text)).toEqual(pair);
  });

  it.each(['', 'A1', '3/', '/12', 'three', '1-2', '3/12/2', undefined])('reads nothing from %j', (text) => {
    expect(parseNumberPair(text)).toEqual({});
  });
});

describe('withCounts', () => {
  it('keeps positive whole numbers only', () => {
    expect(withCounts(3, 12)).toEqual({ number: 3, total: 12 });
    expect(withCounts(0, -1)).toEqual({});
    expect(withCounts(undefined, 12)).toEqual({ total: 12 });
  });
});
