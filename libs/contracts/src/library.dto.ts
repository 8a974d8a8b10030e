import type { Page } from './job.dto.js';
import type { AudioFeatureFilters } from './analysis.dto.js';

/** What `GET /library/tracks` can sort by. */
export const LIBRARY_SORT_KEYS = [
  'title',
  'artist',
  'album',
  'year',
  'addedAt',
  'duration',
  'playCount',
  'lastPlayed',
  'bpm',
  'energy',
] as const;
export type LibrarySortKey = (typeof LIBRARY_SORT_KEYS)[number];

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** Query parameters of `GET /library/tracks`; filters combine with AND. */
export interface ListLibraryTracksQuery extends AudioFeatureFilters {
  /** Text the title, artist or album contains (case-insensitive). */
  search?: string;
  /** Exact artist (case-insensitive). */
  artist?: string;
  /** Exact album (case-insensitive). */
  album?: string;
  format?: string;
  hasMusicBrainzId?: boolean;
  hasCover?: boolean;
  /** Only the tracks stored by this job. */
  jobId?: string;
  sortKey?: LibrarySortKey;
  sortDirection?: SortDirection;
  page?: number;
  pageSize?: number;
}

/** One audio file of the library as the index knows it. */
export interface LibraryTrackDto {
  id: string;
  /** Relative to the library root, `/`-separated. */
  path: string;
  format: string;
  title: string | null;
  artist: string | null;
  album: string | null;
  albumArtist: string | null;
  trackNumber: number | null;
  discNumber: number | null;
  year: number | null;
  durationMs: number | null;
  audio: {
    codec: string | null;
    /** Bits per second. */
    bitrate: number | null;
    sampleRate: number | null;
    /** Known only when the file was read for this answer. */
    channels?: number;
    lossless?: boolean;
  };
  /** Bytes. */
  size: number;
  /** When the file was last modified. */
  modifiedAt: string;
  hasCover: boolean;
  musicbrainz: {
    recordingId: string | null;
    releaseId: string | null;
    releaseGroupId: string | null;
    artistId: string | null;
  };
  isrc: string | null;
  sourceUrl: string | null;
  /** The job that stored the file; null for files found by a scan. */
  jobId: string | null;
  /** When the file entered the index. */
  addedAt: string;
  updatedAt: string;
  /** Listens mapped to this track, of every listener. */
  playCount: number;
  lastPlayedAt: string | null;

  /** Tempo and key from the track's audio analysis, in lists; absent when the track has not been analysed. */
  sound?: LibraryTrackSoundDto;
}

export interface LibraryTrackSoundDto {
  bpm: number;
  /** Tonic and scale, e.g. `A minor`. */
  key: string;
}

/** The job that stored a track, as far as it is still known. */
export interface LibraryTrackJobDto {
  id: string;
  query: string;
  status: string;
  state: string;
  createdAt: string;
}

/** `GET /library/tracks/:id`: the indexed facts, every tag and the audio as read from the file just now. */
export interface LibraryTrackDetailDto extends LibraryTrackDto {
  /** Every tag read from the file (TrackMetadata shape plus ReplayGain and source URL). */
  tags: Record<string, unknown> | null;
  /** SHA-256 of the whole file. */
  contentHash: string | null;
  hasFingerprint: boolean;
  cover: { mimeType: string; width?: number; height?: number; bytes: number } | null;
  job: LibraryTrackJobDto | null;
  /** Why the file could not be read for this answer; the indexed facts are shown instead. */
  readProblem?: string;
}

/** `GET /library/tracks`. */
export interface LibraryTrackPage extends Page<LibraryTrackDto> {
  sortKey: LibrarySortKey;
  sortDirection: SortDirection;
}

/** Body of `POST /library/scan`. */
export interface LibraryScanRequest {
  /** The library root (default) or a folder inside it, relative to the root or absolute. */
  path?: string;
}

export const LIBRARY_SCAN_PHASES = ['walking', 'reading', 'done', 'failed'] as const;
export type LibraryScanPhase = (typeof LIBRARY_SCAN_PHASES)[number];

export interface LibraryScanCounts {
  /** Audio files found. */
  seen: number;
  /** Files read and written to the index (new or changed). */
  indexed: number;
  /** Of the indexed, files recognised by their bytes as a track moved or renamed by hand: same id, same plays. */
  moved: number;
  /** Files whose size and modification time matched the index; not opened. */
  unchanged: number;
  /** Tracks whose file is gone: marked missing, kept with their listens until the grace period is over. */
  missing: number;
  /** Index rows deleted: their file is no longer readable, or has been missing longer than the grace period. */
  removed: number;
  /** Files that could not be read. */
  failed: number;
}

/** A file a scan could not index, with the reason. */
export interface UnreadableFileDto {
  path: string;
  reason: string;
}

/** `GET /library/scans/:id`. */
export interface LibraryScanDto {
  id: string;
  /** The scanned folder relative to the library root; `''` is the root. */
  path: string;
  status: 'running' | 'done' | 'failed';
  phase: LibraryScanPhase;
  counts: LibraryScanCounts;
  /** Audio files to look at, known once walking is over. */
  total: number | null;
  /** The first files that could not be read (`counts.failed` tells how many there were). */
  unreadable: UnreadableFileDto[];
  /** Why the scan failed. */
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
}

/** `POST /library/scan` answers 202 with the id of the scan it started. */
export interface LibraryScanStartedDto {
  scanId: string;
}
