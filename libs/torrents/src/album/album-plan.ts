import type { AlbumRelease } from '@app/jobs';
import type { QualityName } from '../quality/quality-definitions.js';

/** What an album job that grabbed a torrent keeps in its data until the files are in: the release and its tracks. */
export interface AlbumPlan {
  release: { id: string; artist: string; title: string };
  tracks: AlbumRelease['tracks'];
  children: AlbumRelease['children'];
}

/** The torrent an album job sent to a download client. */
export interface GrabbedTorrent {
  infoHash: string;
  clientId: string;
  title: string;
  guid: string;
  quality: QualityName;
  indexer: string;
}

export const planOf = (album: AlbumRelease): AlbumPlan => ({
  release: { id: album.id, artist: album.artist, title: album.title },
  tracks: album.tracks,
  children: album.children,
});
