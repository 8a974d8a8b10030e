import type { ListenSource } from '@app/contracts';

/** A listen as it arrives, before it is stored. */
export interface NewListen {
  listenerId: string;
  /** Epoch milliseconds. */
  listenedAt: number;
  artistName: string;
  trackName: string;
  releaseName?: string;
  durationMs?: number;
  recordingMbid?: string;
  source: ListenSource;
  client?: string;
  additionalInfo?: Record<string, unknown>;
}
