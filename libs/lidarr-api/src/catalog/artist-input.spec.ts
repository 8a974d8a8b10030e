import { LidarrValidationError } from '../http/lidarr-validation.error.js';
import { readArtistInput } from './artist-input.js';

const RICK = 'db92a151-1ac2-438b-bc43-b82e149ddd50';

describe('readArtistInput', () => {
  it("reads Ombi's body: monitor as an integer, AlbumsToMonitor in PascalCase, extra fields ignored", () => {
    const input = readArtistInput(
      {
        artistName: 'Rick Astley',
        foreignArtistId: RICK.toUpperCase(),
        links: [],
        images: [],
        qualityProfileId: 1,
        metadataProfileId: 1,
        albumFolder: true,
        monitored: true,
        cleanName: 'rickastley',
        added: '2025-01-01T12:00:00+01:00',
        addOptions: { monitor: 3, monitored: true, searchForMissingAlbums: false, AlbumsToMonitor: ['rg'] },
        rootFolderPath: '/music',
      },
      true,
    );
    expect(input).toMatchObject({
      foreignArtistId: RICK,
      monitored: true,
      qualityProfileId: 1,
      rootFolderPath: '/music',
      addOptions: { monitor: 'existing', albumsToMonitor: ['rg'], searchForMissingAlbums: false },
    });
  });

  it('defaults the add options to monitoring everything without a search', () => {
    expect(readArtistInput({ foreignArtistId: RICK }, true).addOptions).toEqual({
      monitor: 'all',
      albumsToMonitor: [],
      searchForMissingAlbums: false,
    });
  });

  it('needs a MusicBrainz id only when adding', () => {
    expect(() => readArtistInput({ monitored: false }, true)).toThrow(LidarrValidationError);
    expect(() => readArtistInput({ foreignArtistId: 'rick' }, true)).toThrow(LidarrValidationError);
    expect(readArtistInput({ monitored: false }, false)).toMatchObject({ monitored: false });
  });
});
