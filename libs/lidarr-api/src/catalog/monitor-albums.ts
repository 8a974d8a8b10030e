import type { MonitorType } from '../http/parse-enum.js';

export interface AlbumToMonitor {
  foreignAlbumId: string;
  /** `YYYY[-MM[-DD]]`; null when unknown. */
  releaseDate: string | null;
  /** Whether the library already holds files of it. */
  hasFiles: boolean;
}

/**
 * Which albums of a newly added artist are monitored, as Lidarr decides it: the albums named in
 * `albumsToMonitor` when there are any, otherwise by the `monitor` option.
 */
export function albumsToMonitor(
  albums: readonly AlbumToMonitor[],
  monitor: MonitorType,
  named: readonly string[],
  today: string,
): Set<string> {
  if (named.length) {
    const wanted = new Set(named.map((id) => id.toLowerCase()));
    return ids(albums.filter((album) => wanted.has(album.foreignAlbumId.toLowerCase())));
  }
  const released = albums.filter((album) => album.releaseDate !== null && album.releaseDate <= today);
  const byDate = [...released].sort((a, b) => a.releaseDate!.localeCompare(b.releaseDate!));
  switch (monitor) {
    case 'all':
      return ids(albums);
    case 'future':
      return ids(albums.filter((album) => album.releaseDate === null || album.releaseDate > today));
    case 'missing':
      return ids(albums.filter((album) => !album.hasFiles));
    case 'existing':
      return ids(albums.filter((album) => album.hasFiles));
    case 'latest':
      return ids(byDate.slice(-1));
    case 'first':
      return ids(byDate.slice(0, 1));
    default:
      return new Set();
  }
}

const ids = (albums: readonly AlbumToMonitor[]) => new Set(albums.map((album) => album.foreignAlbumId));
