/** One folder watcher as `GET /api/v1/system/watch` reports it. */
export interface WatcherStateDto {
  folder: string;
  /** `import`: new files become import jobs; `library`: changes by hand update the index. */
  role: 'import' | 'library';
  /** `events`: inotify; `polling`: looks at the files every interval. */
  mode: 'events' | 'polling';
  status: 'starting' | 'watching' | 'stopped' | 'failed';
  /** Why the watcher polls although events were asked for (e.g. inotify watches ran out), or why it failed. */
  problem: string | null;
  since: string;
  /** Files that settled and were handed on since the watcher started. */
  filesSeen: number;
}

/** A file of an import folder that was not imported, and why. */
export interface RejectedFileDto {
  path: string;
  reason: string;
  at: string;
}

export interface WatchStatusDto {
  enabled: boolean;
  settleMs: number;
  polling: 'auto' | 'always';
  rename: 'propose' | 'auto';
  watchers: WatcherStateDto[];
  /** Files of the import folders by what became of them: `queued` (an import job exists), `rejected`. */
  importFiles: Record<string, number>;
  rejected: RejectedFileDto[];
  /** Library tracks whose file is gone, kept until the grace period ends. */
  missingTracks: number;
  lastRescanAt: string | null;
}

/** What one reconciliation rescan found. */
export interface WatchRescanDto {
  importFilesSeen: number;
  importJobsCreated: number;
  libraryFilesIndexed: number;
  libraryTracksMoved: number;
  libraryTracksMissing: number;
  libraryTracksRemoved: number;
}

/** Why tracks are listed as one another's duplicates, strongest first. */
export type DuplicateReason = 'same-bytes' | 'same-recording' | 'similar-fingerprint';

export interface DuplicateTrackDto {
  id: string;
  path: string;
  format: string;
  codec: string | null;
  bitrate: number | null;
  sampleRate: number | null;
  durationMs: number | null;
  size: number;
  title: string | null;
  artist: string | null;
}

/** Tracks that are one another's duplicates, with the reason and the proposed keeper. */
export interface DuplicateGroupDto {
  /** Stable while the group lasts: what `keep` remembers. */
  key: string;
  reason: DuplicateReason;
  explanation: string;
  keeperId: string;
  /** Why the keeper is proposed (the quality comparison). */
  keeperReason: string;
  tracks: DuplicateTrackDto[];
}

export type DuplicateAction = 'keep' | 'archive' | 'delete';

/** One action taken on the Duplicates page, undoable. */
export interface DuplicateActionDto {
  id: string;
  action: DuplicateAction;
  /** The group (keep) or the track (archive, delete). */
  groupKey: string;
  trackId: string | null;
  /** Library-relative paths: where the file was and where it went (archive, delete). */
  from: string | null;
  to: string | null;
  at: string;
  undone: boolean;
}

export interface DuplicatesDto {
  groups: DuplicateGroupDto[];
  /** The latest actions first, for undo. */
  actions: DuplicateActionDto[];
}
