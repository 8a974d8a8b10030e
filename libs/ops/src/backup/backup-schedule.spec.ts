import { FIRST_BACKUP_DELAY_MS, nextBackupDelay } from './backup-schedule.js';

const HOUR = 3_600_000;
const now = Date.parse('2026-11-21T12:00:00Z');

describe('nextBackupDelay', () => {
  it.each([
    ['no backup yet', undefined, FIRST_BACKUP_DELAY_MS],
    ['the newest is 1 h old of 24 h', now - HOUR, 23 * HOUR],
    ['the newest is overdue', now - 48 * HOUR, FIRST_BACKUP_DELAY_MS],
    ['the newest was just written', now, 24 * HOUR],
  ])('%s', (_case, newestAt, expected) => {
    expect(nextBackupDelay(newestAt, now, 24 * HOUR)).toBe(expected);
  });
});
