import sqlite3 from 'sqlite3';
import type { DataSource } from 'typeorm';

interface SqliteBackup {
  step(pages: number, callback: (error: Error | null) => void): void;
  finish(callback: (error: Error | null) => void): void;
  readonly completed: boolean;
  readonly failed: boolean;
}

interface SqliteHandle {
  backup(file: string, callback: (error: Error | null) => void): SqliteBackup;
}

/** Pages copied per step: small steps let the application's own queries run in between. */
const PAGES_PER_STEP = 256;
const BUSY_WAIT_MS = 50;
const MAX_BUSY_RETRIES = 600;

/**
 * Copies the open SQLite database into `file` with SQLite's online backup API, on TypeORM's own connection: writes
 * made meanwhile through that connection are carried into the copy, so it is consistent without stopping anything.
 */
export async function backupSqlite(dataSource: DataSource, file: string): Promise<void> {
  const handle = (dataSource.driver as unknown as { databaseConnection?: SqliteHandle }).databaseConnection;
  if (!handle || typeof handle.backup !== 'function') throw new Error('The database connection is not SQLite');
  let backup: SqliteBackup | undefined;
  await new Promise<void>((resolve, reject) => {
    backup = handle.backup(file, (error) => (error ? reject(error) : resolve()));
  });
  const running = backup!;
  try {
    for (let busy = 0; !running.completed;) {
      const error = await new Promise<Error | null>((resolve) => running.step(PAGES_PER_STEP, resolve));
      if (!error) continue;
      // SQLITE_BUSY / SQLITE_LOCKED leave the backup open: another connection is writing; try again shortly.
      if (running.failed || ++busy > MAX_BUSY_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, BUSY_WAIT_MS));
    }
  } finally {
    await new Promise<void>((resolve) => running.finish(() => resolve()));
  }
}

/** `PRAGMA integrity_check` of a SQLite file and whether it holds TrueTrack's tables; the problem, or undefined. */
export async function checkSqliteFile(file: string): Promise<string | undefined> {
  // immutable: read the file as it is, without creating WAL files beside it or taking locks.
  const uri = `file:${encodeURI(file).replace(/\?/g, '%3f').replace(/#/g, '%23')}?immutable=1`;
  const db = await open(uri, sqlite3.OPEN_READONLY | sqlite3.OPEN_URI).catch((error: Error) => error);
  if (db instanceof Error) return `it cannot be opened as a SQLite database (${db.message})`;
  const all = (sql: string) =>
    new Promise<Record<string, unknown>[]>((resolve, reject) =>
      db.all(sql, (error: Error | null, rows: Record<string, unknown>[]) => (error ? reject(error) : resolve(rows))),
    );
  try {
    const check = await all('PRAGMA integrity_check');
    const verdict = check.map((row) => Object.values(row)[0]).join('; ');
    if (verdict !== 'ok') return `its integrity check failed (${verdict.slice(0, 300)})`;
    const tables = await all("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('job', 'migrations')");
    if (tables.length < 2) return 'it is not a TrueTrack database (no job or migrations table)';
    return undefined;
  } catch (error) {
    return `it cannot be read as a SQLite database (${(error as Error).message})`;
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}

/** Leaves WAL mode: a backup is one self-contained file, whatever mode the live database runs in. */
export async function makeSelfContained(file: string): Promise<void> {
  const db = await open(file, sqlite3.OPEN_READWRITE);
  try {
    await new Promise<void>((resolve, reject) =>
      db.run('PRAGMA journal_mode = DELETE', (error: Error | null) => (error ? reject(error) : resolve())),
    );
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}

function open(file: string, mode: number): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db: sqlite3.Database = new sqlite3.Database(file, mode, (error) => (error ? reject(error) : resolve(db)));
  });
}
