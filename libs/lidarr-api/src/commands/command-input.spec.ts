import { LidarrValidationError } from '../http/lidarr-validation.error.js';
import { readCommandInput } from './command-input.js';

describe('readCommandInput', () => {
  it("reads Ombi's AlbumSearch", () => {
    expect(readCommandInput({ name: 'AlbumSearch', albumIds: [42] })).toEqual({
      name: 'AlbumSearch',
      albumIds: [42],
      artistIds: [],
      body: { name: 'AlbumSearch', albumIds: [42] },
    });
  });

  it('reads the name in any case, artistId and artistIds, and camelCases the kept body', () => {
    expect(readCommandInput({ Name: 'artistsearch', ArtistId: 7 })).toMatchObject({
      name: 'ArtistSearch',
      artistIds: [7],
      body: { name: 'artistsearch', artistId: 7 },
    });
    expect(readCommandInput({ name: 'RefreshArtist', artistIds: [1, 2] }).artistIds).toEqual([1, 2]);
  });

  it.each([
    [{}],
    [{ name: 'RssSync' }],
    [{ name: 'AlbumSearch' }],
    [{ name: 'ArtistSearch' }],
    [{ name: 'AlbumSearch', albumIds: ['x'] }],
  ])('refuses %j', (body) => {
    expect(() => readCommandInput(body)).toThrow(LidarrValidationError);
  });
});
