import { fromId3v23Date, id3v23Date, normalizeDate } from './tag-date.js';

describe('normalizeDate', () => {
  it.each([
    ['2021-03-05', '2021-03-05'],
    ['2021-03', '2021-03'],
    ['2021', '2021'],
    ['2021-03-05T08:00:00Z', '2021-03-05'],
    [' 1991 ', '1991'],
  ])('%j -> %j', (text, date) => {
    expect(normalizeDate(text)).toBe(date);
  });

  it.each(['', 'March 2021', '21-03-05', undefined])('%j is no date', (text) => {
    expect(normalizeDate(text)).toBeUndefined();
  });
});

describe('ID3v2.3 dates', () => {
  it.each([
    ['2021-03-05', { year: '2021', dayMonth: '0503' }],
    ['2021-03', { year: '2021' }],
    ['2021', { year: '2021' }],
  ])('%j goes into TYER/TDAT as %j', (date, frames) => {
    expect(id3v23Date(date)).toEqual(frames);
  });

  it.each([
    ['2021', '0503', '2021-03-05'],
    ['2021', undefined, '2021'],
    ['2021', '53', '2021'],
    ['21', '0503', undefined],
    [undefined, '0503', undefined],
  ])('TYER %j with TDAT %j reads as %j', (year, dayMonth, date) => {
    expect(fromId3v23Date(year, dayMonth)).toBe(date);
  });
});
