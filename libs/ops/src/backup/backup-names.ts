import { join } from 'node:path';
import type { AppConfig } from '@app/config';

const NAME = /^truetrack-(\d{8})-(\d{6})(?:-(\d+))?\.sqlite$/;

/** `<data dir>/backups`. */
export const backupDir = (config: AppConfig): string => join(config.paths.dataDir, 'backups');

/** The SQLite file of the configured database. */
export const sqliteFile = (config: AppConfig): string => config.db.url.replace(/^sqlite:/, '');

/** `YYYYMMDD-HHMMSS` in UTC. */
export function timestamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/[-:]/g, '')
    .replace('T', '-');
}

/** `truetrack-YYYYMMDD-HHMMSS.sqlite`, with `-n` added for the n-th more in the same second. */
export function backupName(ms: number, n = 0): string {
  return `truetrack-${timestamp(ms)}${n ? `-${n}` : ''}.sqlite`;
}

/**
 * The name of a new backup taken at `ms`: one more than the highest of that second already there, so that it
 * sorts newest even when older ones of the same second were pruned meanwhile.
 */
export function nextBackupName(existing: string[], ms: number): string {
  const stamp = timestamp(ms);
  const taken = existing.flatMap((name) => {
    const [, day, time, n] = NAME.exec(name) ?? [];
    return `${day}-${time}` === stamp ? [Number(n ?? 0)] : [];
  });
  return backupName(ms, taken.length ? Math.max(...taken) + 1 : 0);
}

export function isBackupName(name: string): boolean {
  return NAME.test(name);
}

/** Backup file names, newest first. */
export function newestFirst(names: string[]): string[] {
  const key = (name: string) => {
    const [, day, time, n] = NAME.exec(name) ?? [];
    return `${day}${time}${(n ?? '0').padStart(6, '0')}`;
  };
  return names.filter(isBackupName).sort((a, b) => key(b).localeCompare(key(a)));
}
