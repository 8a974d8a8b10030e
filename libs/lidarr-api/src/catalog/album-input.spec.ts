import { LidarrValidationError } from '../http/lidarr-validation.error.js';
import { readAlbumInput } from './album-input.js';

const GROUP = '13e8a5d4-4b47-3a8d-9a44-8b2f36c46a5b';
const RICK = 'db92a151-1ac2-438b-bc43-b82e149ddd50';

describe('readAlbumInput', () => {
  it('reads the artist from a nested artist resource, monitoring by default', () => {
    expect(readAlbumInput({ ForeignAlbumId: GROUP.toUpperCase(), Artist: { ForeignArtistId: RICK } })).toEqual({
      foreignAlbumId: GROUP,
      foreignArtistId: RICK,
      monitored: true,
      searchForNewAlbum: false,
    });
  });

  it('reads artistId, monitored and addOptions.searchForNewAlbum', () => {
    const body = { foreignAlbumId: GROUP, artistId: 7, monitored: false, addOptions: { searchForNewAlbum: true } };
    expect(readAlbumInput(body)).toEqual({
      foreignAlbumId: GROUP,
      artistId: 7,
      monitored: false,
      searchForNewAlbum: true,
    });
  });

  it.each([[{ artistId: 7 }], [{ foreignAlbumId: 'album', artistId: 7 }], [{ foreignAlbumId: GROUP }]])(
    'refuses %j',
    (body) => {
      expect(() => readAlbumInput(body)).toThrow(LidarrValidationError);
    },
  );
});
