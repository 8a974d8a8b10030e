/** A listen read from a history (ListenBrainz or Last.fm), times in seconds as both give them. */
export interface HistoryListen {
  listenedAt: number;
  artistName: string;
  trackName: string;
  releaseName?: string;
  durationMs?: number;
  recordingMbid?: string;
  additionalInfo?: Record<string, unknown>;
}

/** One history's pages, newest first: the listens strictly before `before` (seconds), at most a page of them. */
export interface HistoryPages {
  readonly pageSize: number;
  pageBefore(before: number, signal?: AbortSignal): Promise<HistoryListen[]>;
}
