/** The first scheduled backup waits this long after start, so a start is never slowed by one. */
export const FIRST_BACKUP_DELAY_MS = 60_000;

/** How long until the next scheduled backup, given when the newest one was written (if any). */
export function nextBackupDelay(newestAt: number | undefined, now: number, intervalMs: number): number {
  if (newestAt === undefined) return FIRST_BACKUP_DELAY_MS;
  return Math.max(FIRST_BACKUP_DELAY_MS, newestAt + intervalMs - now);
}
