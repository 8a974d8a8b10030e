import { albumStatistics, artistStatistics } from './album-statistics.js';

describe('album statistics', () => {
  it('gives percentOfTracks and the same percentOfEpisodes that Ombi reads', () => {
    expect(albumStatistics(2, 3, 900)).toEqual({
      trackFileCount: 2,
      trackCount: 3,
      totalTrackCount: 3,
      sizeOnDisk: 900,
      percentOfTracks: 66.7,
      percentOfEpisodes: 66.7,
    });
    expect(albumStatistics(0, 0, 0).percentOfTracks).toBe(0);
  });

  it('sums albums for the artist', () => {
    expect(artistStatistics([albumStatistics(10, 10, 100), albumStatistics(0, 10, 0)])).toEqual({
      albumCount: 2,
      trackFileCount: 10,
      trackCount: 20,
      totalTrackCount: 20,
      sizeOnDisk: 100,
      percentOfTracks: 50,
    });
  });
});
