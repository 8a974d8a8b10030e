import { backupOverdue } from './backup-schedule.js';

const HOUR = 3_600_000;
const now = Date.parse('2026-11-21T12:00:00Z');

describe('backupOverdue', () => {
  it.each([
    ['no backup yet', undefined, true],
    ['the newest is 1 h old of a daily schedule', now - HOUR, false],
    ['the newest is exactly one period old', now - 24 * HOUR, false],
    ['the newest is older than one period: one was missed', now - 25 * HOUR, true],
    ['the newest was just written', now, false],
  ])('%s', (_case, newestAt, expected) => {
    expect(backupOverdue(newestAt, now, 24 * HOUR)).toBe(expected);
  });
});
