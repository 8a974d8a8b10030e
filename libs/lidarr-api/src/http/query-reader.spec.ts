import { LidarrValidationError } from './lidarr-validation.error.js';
import { QueryReader } from './query-reader.js';

describe('QueryReader', () => {
  it('finds parameters by name in any case', () => {
    const sut = new QueryReader({ ArtistID: '7', term: 'lidarr:x' });
    expect(sut.int('artistId')).toBe(7);
    expect(sut.string('Term')).toBe('lidarr:x');
    expect(sut.int('albumId')).toBeUndefined();
  });

  it.each([
    ['True', true],
    ['false', false],
    ['FALSE', false],
    ['1', true],
    ['0', false],
  ])('reads the boolean %s (pyarr sends True/False)', (text, expected) => {
    expect(new QueryReader({ monitored: text }).bool('monitored', !expected)).toBe(expected);
  });

  it('falls back when a boolean is absent and refuses one it cannot read', () => {
    expect(new QueryReader({}).bool('monitored', true)).toBe(true);
    expect(() => new QueryReader({ monitored: 'maybe' }).bool('monitored', true)).toThrow(LidarrValidationError);
  });

  it('reads lists repeated or comma-separated', () => {
    expect(new QueryReader({ albumIds: ['1', '2'] }).intList('albumIds')).toEqual([1, 2]);
    expect(new QueryReader({ albumIds: '3,4' }).intList('albumIds')).toEqual([3, 4]);
    expect(new QueryReader({}).intList('albumIds')).toBeUndefined();
    expect(() => new QueryReader({ albumIds: '3,x' }).intList('albumIds')).toThrow(LidarrValidationError);
  });
});
