import { cleanName, folderName, releaseDateTime } from './resource-values.js';

describe('resource values', () => {
  it.each([
    ['1987-11-16', '1987-11-16T00:00:00Z'],
    ['1987-11', '1987-11-01T00:00:00Z'],
    ['1987', '1987-01-01T00:00:00Z'],
    ['', undefined],
    [null, undefined],
    ['unknown', undefined],
  ])('turns the MusicBrainz date %j into %j', (date, expected) => {
    expect(releaseDateTime(date)).toBe(expected);
  });

  it.each([
    ['Rick Astley', 'rickastley'],
    ["Guns N' Roses", 'gunsnroses'],
    ['Sigur Rós', 'sigurrós'],
  ])('cleans %j like Lidarr', (name, expected) => {
    expect(cleanName(name)).toBe(expected);
  });

  it('makes a folder name without path separators', () => {
    expect(folderName('AC/DC')).toBe('AC DC');
    expect(folderName('???')).toBe('Unknown Artist');
  });
});
