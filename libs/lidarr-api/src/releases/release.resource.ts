import { type ReleaseDecision, qualityDefinition } from '@app/torrents';

/** A ranked torrent release as Lidarr's `GET /api/v1/release` shows it to its clients. */
export interface ReleaseResource {
  guid: string;
  title: string;
  /** The indexer's number in this search's list (1 = first enabled); a grab sends it back with the guid. */
  indexerId: number;
  indexer: string;
  indexerPriority: number;
  protocol: 'torrent';
  size: number;
  seeders?: number;
  leechers?: number;
  quality: { quality: { id: number; name: string }; revision: { version: number; real: number; isRepack: boolean } };
  qualityWeight: number;
  customFormatScore: number;
  approved: boolean;
  rejected: boolean;
  temporarilyRejected: boolean;
  downloadAllowed: boolean;
  rejections: string[];
  releaseWeight: number;
  downloadUrl?: string;
  magnetUrl?: string;
  infoHash?: string;
  publishDate?: string;
  albumId: number;
  artistName: string;
  albumTitle: string;
  discography: boolean;
}

/** `releaseWeight` is the place in the ranking (1 = best), as Lidarr numbers it. */
export function toReleaseResource(
  decision: ReleaseDecision,
  rank: number,
  album: { id: number; artistName: string; title: string },
  indexerId: number,
): ReleaseResource {
  const { release, parsed, indexer } = decision.candidate;
  const definition = qualityDefinition(parsed.quality);
  return {
    guid: release.guid,
    title: release.title,
    indexerId,
    indexer: indexer.name,
    indexerPriority: indexer.priority,
    protocol: 'torrent',
    size: release.sizeBytes ?? 0,
    ...(release.seeders !== undefined && { seeders: release.seeders }),
    ...(release.leechers !== undefined && { leechers: release.leechers }),
    quality: {
      quality: { id: definition.id, name: definition.name },
      revision: { version: 1, real: 0, isRepack: false },
    },
    qualityWeight: definition.weight,
    customFormatScore: decision.score,
    approved: decision.approved,
    rejected: !decision.approved,
    temporarilyRejected: false,
    downloadAllowed: decision.approved,
    rejections: decision.rejections,
    releaseWeight: rank,
    ...(release.torrentUrl && { downloadUrl: release.torrentUrl }),
    ...(release.magnetUrl && { magnetUrl: release.magnetUrl }),
    ...(release.infoHash && { infoHash: release.infoHash }),
    ...(release.publishedAt && { publishDate: release.publishedAt.toISOString() }),
    albumId: album.id,
    artistName: album.artistName,
    albumTitle: album.title,
    discography: parsed.discography,
  };
}
