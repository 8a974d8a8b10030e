import { readFileSync } from 'node:fs';
import { type LrclibRecord, mapLyrics, pickSearchResult } from './lrclib.mapper.js';

// LRCLIB answers here are constructed from its documented field names (see the .source.txt files).
const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../../test/fixtures/lrclib/${name}`, import.meta.url), 'utf8')) as T;

const record = fixture<LrclibRecord>('get_constructed.json');
const results = fixture<LrclibRecord[]>('search_constructed.json');

describe('mapLyrics', () => {
  it('keeps plain and timed lyrics', () => {
    expect(mapLyrics(record)).toEqual({
      instrumental: false,
      plain: 'Paper lanterns on the water\nDrifting where the river bends',
      synced: '[00:12.40] Paper lanterns on the water\n[00:16.85] Drifting where the river bends',
    });
  });

  it('keeps the instrumental mark without text', () => {
    expect(mapLyrics(results[3] as LrclibRecord)).toEqual({ instrumental: true });
  });

  it.each([
    [{ id: 1, plainLyrics: null, syncedLyrics: null, instrumental: false }],
    [{ id: 2, plainLyrics: '  ', syncedLyrics: '' }],
  ])('answers undefined for a record without lyrics (%j)', (empty) => {
    expect(mapLyrics(empty)).toBeUndefined();
  });
});

describe('pickSearchResult', () => {
  it.each([
    ['the plain-lyrics record 1 s away over the instrumental one 0 s away', 201_000, 1000011],
    ['timed lyrics 1 s away over plain lyrics 0.5 s away', 202_500, 1000012],
    ['the extended mix when the duration is its own', 343_900, 1000010],
  ])('picks %s', (_case, durationMs, expectedId) => {
    expect(pickSearchResult(results, durationMs)?.id).toBe(expectedId);
  });

  it('picks nothing when no result is within 2 s', () => {
    expect(pickSearchResult(results, 280_000)).toBeUndefined();
    expect(pickSearchResult(results, 205_600)).toBeUndefined();
  });

  it("takes LRCLIB's first result when the duration is unknown", () => {
    expect(pickSearchResult(results, undefined)?.id).toBe(1000010);
  });

  it('skips results without a duration when one is asked for', () => {
    expect(pickSearchResult([{ ...record, duration: null }], 201_000)).toBeUndefined();
  });
});
