import { type JobDto, JobStatus } from '@app/contracts';
import type { AlbumResource } from '../resources/album.resource.js';
import type { ArtistResource } from '../resources/artist.resource.js';

const UNKNOWN_QUALITY = {
  quality: { id: 0, name: 'Unknown' },
  revision: { version: 1, real: 0, isRepack: false },
};

/** The fields of Lidarr's QueueResource that TrueTrack fills. */
export interface QueueResource {
  id: number;
  artistId?: number;
  albumId?: number;
  artist?: ArtistResource;
  album?: AlbumResource;
  quality: typeof UNKNOWN_QUALITY;
  customFormats: never[];
  customFormatScore: number;
  size: number;
  sizeleft: number;
  title: string;
  estimatedCompletionTime?: string;
  added: string;
  status: string;
  trackedDownloadStatus: 'ok' | 'warning';
  trackedDownloadState: 'downloading' | 'importPending' | 'importing';
  statusMessages: { title: string; messages: string[] }[];
  errorMessage?: string;
  downloadId: string;
  protocol: 'unknown';
  downloadClient: string;
  downloadClientHasPostImportCategory: boolean;
  indexer: string;
  trackFileCount: number;
  trackHasFileCount: number;
  downloadForced: boolean;
}

export interface QueueEntry {
  /** A stable number for the job (its first history line's id). */
  number: number;
  job: JobDto;
  album?: AlbumResource;
  now: number;
}

/**
 * An active job as a queue item: bytes when the download step reports them (otherwise the job's fraction of
 * 100), waiting for a person's choice shows as a warning, like a download Lidarr cannot import by itself.
 */
export function toQueueResource({ number, job, album, now }: QueueEntry): QueueResource {
  const detail = job.progress.detail ?? {};
  const total = numberOf(detail['totalBytes']);
  const done = numberOf(detail['downloadedBytes']);
  const size = total ?? 100;
  const left = total !== undefined ? Math.max(total - (done ?? 0), 0) : Math.round((1 - job.progress.fraction) * 100);
  const eta = numberOf(detail['etaSeconds']);
  const waiting = job.status === JobStatus.Waiting;
  return {
    id: number,
    ...(album && { artistId: album.artistId, albumId: album.id, album, ...(album.artist && { artist: album.artist }) }),
    quality: UNKNOWN_QUALITY,
    customFormats: [],
    customFormatScore: 0,
    size,
    sizeleft: left,
    title: album ? `${album.artist?.artistName ?? ''} - ${album.title}`.replace(/^ - /, '') : job.query,
    ...(eta !== undefined && { estimatedCompletionTime: new Date(now + eta * 1000).toISOString() }),
    added: job.createdAt,
    status: waiting ? 'paused' : 'downloading',
    trackedDownloadStatus: waiting ? 'warning' : 'ok',
    trackedDownloadState: waiting ? 'importPending' : 'downloading',
    statusMessages: waiting ? [{ title: job.query, messages: ['Waiting for a choice in TrueTrack'] }] : [],
    ...(job.error && { errorMessage: job.error.message }),
    downloadId: job.id,
    protocol: 'unknown',
    downloadClient: 'TrueTrack',
    downloadClientHasPostImportCategory: false,
    indexer: 'TrueTrack',
    trackFileCount: album?.statistics?.trackCount ?? 0,
    trackHasFileCount: album?.statistics?.trackFileCount ?? 0,
    downloadForced: false,
  };
}

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
