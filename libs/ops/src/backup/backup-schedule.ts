/** A backup missed while TrueTrack was down waits this long after start, so a start is never slowed by one. */
export const CATCH_UP_DELAY_MS = 60_000;

/**
 * Whether a backup was missed: none was ever written, or the newest is older than one period of the schedule
 * (the time between two of its runs) — the way anacron catches up on a machine that was off.
 */
export function backupOverdue(newestAt: number | undefined, now: number, periodMs: number): boolean {
  return newestAt === undefined || now - newestAt > periodMs;
}
