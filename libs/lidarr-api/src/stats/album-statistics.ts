/** Lidarr's album statistics; `percentOfEpisodes` repeats `percentOfTracks` because Ombi reads that name. */
export interface AlbumStatistics {
  trackFileCount: number;
  trackCount: number;
  totalTrackCount: number;
  sizeOnDisk: number;
  percentOfTracks: number;
  percentOfEpisodes: number;
}

export function albumStatistics(trackFileCount: number, trackCount: number, sizeOnDisk: number): AlbumStatistics {
  const percent = trackCount > 0 ? Math.round((trackFileCount / trackCount) * 1000) / 10 : 0;
  return {
    trackFileCount,
    trackCount,
    totalTrackCount: trackCount,
    sizeOnDisk,
    percentOfTracks: percent,
    percentOfEpisodes: percent,
  };
}

export interface ArtistStatistics {
  albumCount: number;
  trackFileCount: number;
  trackCount: number;
  totalTrackCount: number;
  sizeOnDisk: number;
  percentOfTracks: number;
}

/** An artist's statistics: the sum over its albums (monitored or not, as Lidarr counts them). */
export function artistStatistics(albums: readonly AlbumStatistics[]): ArtistStatistics {
  const sum = (pick: (stats: AlbumStatistics) => number) => albums.reduce((total, stats) => total + pick(stats), 0);
  const { trackFileCount, trackCount, sizeOnDisk, percentOfTracks } = albumStatistics(
    sum((s) => s.trackFileCount),
    sum((s) => s.trackCount),
    sum((s) => s.sizeOnDisk),
  );
  return {
    albumCount: albums.length,
    trackFileCount,
    trackCount,
    totalTrackCount: trackCount,
    sizeOnDisk,
    percentOfTracks,
  };
}
