export type ListenType = 'single' | 'import' | 'playing_now';

/** A listen that passed ListenBrainz's checks: names trimmed, empty MBIDs dropped, durations made integers. */
export interface SubmittedListen {
  /** Seconds since the epoch; absent for playing_now. */
  listenedAt?: number;
  trackMetadata: {
    artist_name: string;
    track_name: string;
    release_name?: string;
    additional_info?: Record<string, unknown>;
  };
}

export interface Submission {
  listenType: ListenType;
  listens: SubmittedListen[];
}
