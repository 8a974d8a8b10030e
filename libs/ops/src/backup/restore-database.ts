import { copyFile, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppConfig } from '@app/config';
import { runningProcesses } from '../runtime/pid-file.js';
import { sqliteFile, timestamp } from './backup-names.js';
import { checkSqliteFile } from './sqlite-online-backup.js';

/** Why a restore was not done; the message says what to do. */
export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

export interface RestoreResult {
  database: string;
  /** Where the database that was replaced now is; undefined when there was none. */
  movedAside: string | undefined;
}

/**
 * Puts a backup in place of the SQLite database: only while no TrueTrack process runs on the data folder, only a
 * backup that passes `PRAGMA integrity_check`, and only after moving the current database (with its WAL) aside.
 */
export async function restoreDatabase(config: AppConfig, backupFile: string, now = Date.now()): Promise<RestoreResult> {
  if (config.db.type !== 'sqlite') {
    throw new RestoreRefusedError('The database is PostgreSQL: restore it with pg_restore from a pg_dump file');
  }
  const backup = resolve(backupFile);
  if (!existsSync(backup)) throw new RestoreRefusedError(`${backup} does not exist`);
  const running = runningProcesses(config.paths.dataDir);
  if (running.length) {
    throw new RestoreRefusedError(`TrueTrack is running on this data folder (${running.join(', ')}): stop it first`);
  }
  const problem = await checkSqliteFile(backup);
  if (problem) throw new RestoreRefusedError(`${backup} was not restored: ${problem}`);

  const database = sqliteFile(config);
  const incoming = `${database}.restoring`;
  await copyFile(backup, incoming);
  let movedAside: string | undefined;
  if (existsSync(database)) {
    movedAside = `${database}.before-restore-${timestamp(now)}`;
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(database + suffix)) await rename(database + suffix, movedAside + suffix);
    }
  }
  // The backup's own WAL files, if it had any, were never copied: the restored file stands alone.
  await rm(`${database}-wal`, { force: true });
  await rm(`${database}-shm`, { force: true });
  await rename(incoming, database);
  return { database, movedAside };
}
