import type { LidarrArtistEntity } from '../catalog/lidarr-artist.entity.js';
import { toArtistResource, toLookupArtistResource } from './artist.resource.js';

const ARTIST: LidarrArtistEntity = {
  id: 7,
  foreignArtistId: 'db92a151-1ac2-438b-bc43-b82e149ddd50',
  name: 'Rick Astley',
  sortName: 'Astley, Rick',
  disambiguation: null,
  artistType: 'Person',
  ended: false,
  monitored: true,
  monitorOption: 'existing',
  monitorNewItems: 'all',
  qualityProfileId: 1,
  metadataProfileId: 1,
  rootFolderPath: '/music/',
  tags: [2],
  addedAt: Date.UTC(2025, 0, 1),
  refreshedAt: null,
};

describe('toArtistResource', () => {
  it('maps the catalog row to the fields Lidarr clients read', () => {
    const statistics = {
      albumCount: 1,
      trackFileCount: 5,
      trackCount: 10,
      totalTrackCount: 10,
      sizeOnDisk: 1234,
      percentOfTracks: 50,
    };
    expect(toArtistResource(ARTIST, statistics)).toMatchObject({
      id: 7,
      artistName: 'Rick Astley',
      foreignArtistId: 'db92a151-1ac2-438b-bc43-b82e149ddd50',
      mbId: 'db92a151-1ac2-438b-bc43-b82e149ddd50',
      status: 'continuing',
      artistType: 'Person',
      disambiguation: '',
      path: '/music/Rick Astley',
      rootFolderPath: '/music/',
      cleanName: 'rickastley',
      sortName: 'Astley, Rick',
      tags: [2],
      added: '2025-01-01T00:00:00.000Z',
      statistics,
    });
  });

  it('answers an artist not added yet with id 0 and no path', () => {
    const resource = toLookupArtistResource({ id: 'x', name: 'Band', sortName: 'Band', ended: true });
    expect(resource).toMatchObject({ id: 0, artistName: 'Band', status: 'ended', monitored: false });
    expect(resource.path).toBeUndefined();
  });
});
