import { intValue, isrcValue, mbidValue, shortText, textValue, withoutNul, yearOf } from './column-values.js';

describe('column values', () => {
  it.each([
    ['  Numb  ', 'Numb'],
    ['', null],
    ['   ', null],
    ['Nu\u0000mb', 'Numb'],
    [undefined, null],
  ])('keeps text %j as %j', (value, expected) => {
    expect(textValue(value)).toBe(expected);
  });

  it('cuts text to whole characters', () => {
    expect(shortText('mp4a.40.2', 32)).toBe('mp4a.40.2');
    expect(shortText('a'.repeat(40), 32)).toBe('a'.repeat(32));
    expect(shortText('🎵'.repeat(40), 32)).toBe('🎵'.repeat(32));
  });

  it.each([
    [3, 3],
    [3.6, 4],
    [-1, null],
    [NaN, null],
    [Infinity, null],
    [99_999_999_999, null],
    [undefined, null],
  ])('keeps the number %j as %j', (value, expected) => {
    expect(intValue(value)).toBe(expected);
  });

  it.each([
    ['B9E7F1A2-3C4D-4E5F-8A9B-0C1D2E3F4A5B', 'b9e7f1a2-3c4d-4e5f-8a9b-0c1d2e3f4a5b'],
    ['b9e7f1a2-3c4d-4e5f-8a9b-0c1d2e3f4a5b/extra', null],
    ['not an id', null],
    ['', null],
  ])('keeps the MBID %j as %j', (value, expected) => {
    expect(mbidValue(value)).toBe(expected);
  });

  it.each([
    ['USRC17607839', 'USRC17607839'],
    ['US-RC1-76-07839', 'USRC17607839'],
    ['usrc17607839', 'USRC17607839'],
    ['USRC1760783', null],
    ['ISRC: USRC17607839', null],
  ])('keeps the ISRC %j as %j', (value, expected) => {
    expect(isrcValue(value)).toBe(expected);
  });

  it.each([
    ['2003', 2003],
    ['2003-09', 2003],
    ['2003-09-23', 2003],
    ['0000', null],
    ['Sept 2003', null],
    [undefined, null],
  ])('reads the year of %j as %j', (date, year) => {
    expect(yearOf(date)).toBe(year);
  });

  it('drops NUL characters from every string of a tag tree', () => {
    expect(withoutNul({ a: 'x\u0000y', b: ['\u0000z'], c: 3, d: { e: 'f' } })).toEqual({
      a: 'xy',
      b: ['z'],
      c: 3,
      d: { e: 'f' },
    });
  });
});
