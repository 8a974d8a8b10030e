import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '@app/config';
import { FakeClock, makeTestConfig } from '@app/testing';
import sqlite3 from 'sqlite3';
import type { DataSource } from 'typeorm';
import { backupDir } from '../src/backup/backup-names.js';
import { BackupService } from '../src/backup/backup.service.js';
import { checkSqliteFile } from '../src/backup/sqlite-online-backup.js';
import { insertJob, openSqlite } from './ops-database.js';

function countRows(file: string): Promise<{ jobs: number; events: number }> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (openError) => {
      if (openError) return reject(openError);
      db.get(
        'SELECT (SELECT COUNT(*) FROM job) AS jobs, (SELECT COUNT(*) FROM job_event) AS events',
        (error: Error | null, row: { jobs: number; events: number }) =>
          db.close(() => (error ? reject(error) : resolve(row))),
      );
    });
  });
}

describe('BackupService (SQLite online backup)', () => {
  let config: AppConfig;
  let dataSource: DataSource;
  let clock: FakeClock;
  let sut: BackupService;

  let umask: number;

  beforeEach(async () => {
    // The usual default: new files readable by everyone unless the code says otherwise.
    umask = process.umask(0o022);
    config = makeTestConfig({ backup: { keep: 3 }, schedules: { backup: null } });
    config.db = { type: 'sqlite', url: `sqlite:${join(config.paths.dataDir, 'truetrack.db')}` };
    dataSource = await openSqlite(config);
    clock = new FakeClock(Date.parse('2026-11-21T03:00:00Z'));
    sut = new BackupService(dataSource, config, clock);
  });

  afterEach(async () => {
    process.umask(umask);
    await dataSource.destroy();
    rmSync(config.paths.dataDir, { recursive: true, force: true });
  });

  it('keeps the database and its backups readable by their owner only (they hold the API key and secrets)', async () => {
    await insertJob(dataSource);
    const backup = await sut.create();
    const database = join(config.paths.dataDir, 'truetrack.db');
    for (const file of [database, `${database}-wal`, join(backupDir(config), backup.name)])
      expect([file, statSync(file).mode & 0o777]).toEqual([file, 0o600]);
    expect(statSync(backupDir(config)).mode & 0o777).toBe(0o700);
  });

  it('copies a database that is being written to into a consistent, complete file', async () => {
    const padding = 'x'.repeat(2000);
    for (let i = 0; i < 1500; i++) await insertJob(dataSource, padding);
    let writing = true;
    let writtenDuring = 0;
    const writer = (async () => {
      while (writing) {
        await insertJob(dataSource, padding);
        writtenDuring++;
      }
    })();
    const backup = await sut.create();
    writing = false;
    await writer;

    const file = join(backupDir(config), backup.name);
    expect(backup).toMatchObject({ name: 'truetrack-20261121-030000.sqlite', size: expect.any(Number) });
    expect(backup.size).toBeGreaterThan(1500 * 2000);
    await expect(checkSqliteFile(file)).resolves.toBeUndefined();
    // One self-contained file: its header says rollback journal, not WAL (bytes 18 and 19).
    expect([...readFileSync(file).subarray(18, 20)]).toEqual([1, 1]);
    const copied = await countRows(file);
    expect(copied.jobs).toBe(copied.events);
    expect(copied.jobs).toBeGreaterThanOrEqual(1500);
    expect(copied.jobs).toBeLessThanOrEqual(1500 + writtenDuring);
    // The copy was taken while the application kept writing: the backup did not stop it.
    expect(writtenDuring).toBeGreaterThan(0);
    expect(readdirSync(backupDir(config)).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('keeps only the newest TRUETRACK_BACKUP_KEEP backups and lists them newest first with sizes', async () => {
    await insertJob(dataSource);
    const names: string[] = [];
    for (let i = 0; i < 5; i++) {
      names.push((await sut.create()).name);
      clock.advance(3_600_000);
    }
    const listed = await sut.list();
    expect(listed.map((b) => b.name)).toEqual([names[4], names[3], names[2]]);
    expect(listed.every((b) => b.size > 0 && !Number.isNaN(Date.parse(b.createdAt)))).toBe(true);
    expect(existsSync(join(backupDir(config), names[0]!))).toBe(false);
  });

  it('names a second backup within the same second apart, and runs concurrent requests one after another', async () => {
    const [first, second] = await Promise.all([sut.create(), sut.create()]);
    expect([first.name, second.name]).toEqual([
      'truetrack-20261121-030000.sqlite',
      'truetrack-20261121-030000-1.sqlite',
    ]);
  });

  it('ignores files in the backup folder that are not backups', async () => {
    await sut.create();
    writeFileSync(join(backupDir(config), 'notes.txt'), 'mine');
    expect((await sut.list()).map((b) => b.name)).toEqual(['truetrack-20261121-030000.sqlite']);
  });

  it('answers with a conflict naming pg_dump on PostgreSQL', async () => {
    const onPostgres = new BackupService(
      dataSource,
      { ...config, db: { type: 'postgres', url: 'postgres://x/y' } },
      clock,
    );
    await expect(onPostgres.create()).rejects.toThrow(/pg_dump/);
    await expect(onPostgres.list()).rejects.toMatchObject({ code: 'conflict' });
  });
});
