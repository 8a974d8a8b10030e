/** What a Jellyfin Webhook plugin `PlaybackStop` says about one play (ticks are 100 ns). */
export interface JellyfinPlayback {
  /** The Jellyfin user the play belongs to (`NotificationUsername`). */
  username?: string;
  itemType?: string;
  artist?: string;
  name?: string;
  album?: string;
  recordingMbid?: string;
  runTimeTicks?: number;
  positionTicks?: number;
  /** When playback stopped (`UtcTimestamp`), ISO 8601. */
  stoppedAt?: string;
}

const TICKS_PER_MS = 10_000;
/** ListenBrainz's and Last.fm's rule: a play counts once past half the track or 4 minutes, whichever comes first. */
const FOUR_MINUTES_MS = 4 * 60 * 1000;

export type PlaybackVerdict =
  { counts: true; listenedAt: number; durationMs?: number } | { counts: false; reason: string };

/** Whether a stopped play is a listen, and when it started (the stop time less the position reached). */
export function judgePlayback(playback: JellyfinPlayback): PlaybackVerdict {
  if (playback.itemType !== 'Audio') return { counts: false, reason: 'only Audio items become listens' };
  if (!playback.artist || !playback.name) return { counts: false, reason: 'the item has no artist or title' };
  const stoppedAt = playback.stoppedAt ? Date.parse(playback.stoppedAt) : NaN;
  if (Number.isNaN(stoppedAt)) return { counts: false, reason: 'UtcTimestamp is missing or not a date' };
  const positionMs = Math.floor((playback.positionTicks ?? 0) / TICKS_PER_MS);
  const durationMs = playback.runTimeTicks ? Math.floor(playback.runTimeTicks / TICKS_PER_MS) : undefined;
  const needed = durationMs ? Math.min(durationMs / 2, FOUR_MINUTES_MS) : FOUR_MINUTES_MS;
  if (positionMs < needed) {
    return {
      counts: false,
      reason: `played ${clock(positionMs)}${durationMs ? ` of ${clock(durationMs)}` : ''}: not past half or 4 minutes`,
    };
  }
  return { counts: true, listenedAt: stoppedAt - positionMs, ...(durationMs ? { durationMs } : {}) };
}

function clock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
