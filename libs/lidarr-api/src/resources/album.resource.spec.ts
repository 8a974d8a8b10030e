import type { LidarrAlbumEntity } from '../catalog/lidarr-album.entity.js';
import type { LidarrReleaseEntity } from '../catalog/lidarr-release.entity.js';
import { albumStatistics } from '../stats/album-statistics.js';
import { toAlbumResource, toLookupAlbumResource } from './album.resource.js';

const ALBUM: LidarrAlbumEntity = {
  id: 42,
  artistId: 7,
  foreignAlbumId: 'rg',
  title: 'Whenever You Need Somebody',
  disambiguation: null,
  albumType: 'Album',
  secondaryTypes: [],
  releaseDate: '1987-11-16',
  monitored: true,
  chosenReleaseId: 'uk',
  jobId: null,
  lastSearchAt: null,
  addedAt: 0,
};

const release = (id: number, foreignReleaseId: string, media: LidarrReleaseEntity['media']): LidarrReleaseEntity => ({
  id,
  albumId: 42,
  foreignReleaseId,
  title: 'Whenever You Need Somebody',
  status: 'Official',
  country: 'GB',
  releaseDate: '1987-11-16',
  trackCount: media.reduce((n, m) => n + m.trackCount, 0),
  media,
  disambiguation: null,
  labels: ['RCA'],
});

describe('toAlbumResource', () => {
  it("shows every release, the chosen one monitored, and the album's statistics", () => {
    const uk = release(99, 'uk', [{ number: 1, format: 'CD', trackCount: 10 }]);
    const box = release(100, 'box', [
      { number: 1, format: 'CD', trackCount: 10 },
      { number: 2, format: 'CD', trackCount: 8 },
      { number: 3, format: null, trackCount: 2 },
    ]);
    const statistics = albumStatistics(5, 10, 5000);
    const resource = toAlbumResource({
      album: ALBUM,
      releases: [uk, box],
      chosen: uk,
      tracks: [],
      files: new Map(),
      statistics,
    });
    expect(resource).toMatchObject({
      id: 42,
      artistId: 7,
      foreignAlbumId: 'rg',
      releaseDate: '1987-11-16T00:00:00Z',
      mediumCount: 1,
      media: [{ mediumNumber: 1, mediumName: '', mediumFormat: 'CD' }],
      statistics: { trackFileCount: 5, trackCount: 10, percentOfTracks: 50, percentOfEpisodes: 50 },
    });
    expect(resource.releases).toEqual([
      expect.objectContaining({ id: 99, albumId: 42, format: 'CD', trackCount: 10, country: ['GB'], monitored: true }),
      expect.objectContaining({ id: 100, format: '2xCD, Unknown', trackCount: 20, mediumCount: 3, monitored: false }),
    ]);
  });

  it('answers an album not in the catalog with id 0', () => {
    expect(toLookupAlbumResource({ id: 'rg', title: 'T', date: '2001' })).toMatchObject({
      id: 0,
      foreignAlbumId: 'rg',
      albumType: 'Album',
      releaseDate: '2001-01-01T00:00:00Z',
      releases: [],
    });
  });
});
