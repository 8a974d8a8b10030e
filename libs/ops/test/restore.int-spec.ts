import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AppConfig } from '@app/config';
import { FakeClock, makeTestConfig } from '@app/testing';
import { backupDir, sqliteFile } from '../src/backup/backup-names.js';
import { BackupService } from '../src/backup/backup.service.js';
import { restoreDatabase, RestoreRefusedError } from '../src/backup/restore-database.js';
import { claimPidFile, runDir } from '../src/runtime/pid-file.js';
import { insertJob, openSqlite } from './ops-database.js';

const NOW = Date.parse('2026-11-21T03:00:00Z');

describe('restoreDatabase', () => {
  let config: AppConfig;

  beforeEach(() => {
    config = makeTestConfig();
    config.db = { type: 'sqlite', url: `sqlite:${join(config.paths.dataDir, 'truetrack.db')}` };
  });

  afterEach(() => rmSync(config.paths.dataDir, { recursive: true, force: true }));

  /** A database with `before` jobs, backed up, then `after` more jobs written; the backup's path. */
  async function backedUp(before: number, after: number): Promise<{ backup: string; ids: string[] }> {
    const dataSource = await openSqlite(config);
    const ids: string[] = [];
    for (let i = 0; i < before; i++) ids.push(await insertJob(dataSource));
    const { name } = await new BackupService(dataSource, config, new FakeClock(NOW)).create();
    for (let i = 0; i < after; i++) await insertJob(dataSource);
    await dataSource.destroy();
    return { backup: join(backupDir(config), name), ids };
  }

  it('puts the backup in place and moves the current database (with its WAL) aside', async () => {
    const { backup, ids } = await backedUp(3, 2);
    const result = await restoreDatabase(config, backup, NOW);

    expect(result).toEqual({
      database: sqliteFile(config),
      movedAside: `${sqliteFile(config)}.before-restore-20261121-030000`,
    });
    expect(existsSync(result.movedAside!)).toBe(true);
    // Checking the backup left nothing beside it.
    expect(readdirSync(backupDir(config))).toEqual([basename(backup)]);
    const reopened = await openSqlite(config);
    const rows: { id: string }[] = await reopened.query('SELECT id FROM job ORDER BY id');
    await reopened.destroy();
    expect(rows.map((row) => row.id)).toEqual([...ids].sort());

    // The database moved aside still opens with everything it had.
    const aside = await openSqlite({ ...config, db: { type: 'sqlite', url: `sqlite:${result.movedAside}` } });
    const [count] = await aside.query('SELECT COUNT(*) AS n FROM job');
    await aside.destroy();
    expect(count.n).toBe(5);
  });

  it('restores into an empty data folder', async () => {
    const { backup } = await backedUp(1, 0);
    rmSync(sqliteFile(config));
    rmSync(`${sqliteFile(config)}-wal`, { force: true });
    await expect(restoreDatabase(config, backup, NOW)).resolves.toMatchObject({ movedAside: undefined });
  });

  it.each([
    ['a file that is not SQLite', 'not a database at all, just text\n'.repeat(200), /cannot be (opened|read)/],
    ['a SQLite file that is not TrueTrack', undefined, /not a TrueTrack database/],
  ])('refuses %s and leaves the database alone', async (_case, content, message) => {
    await backedUp(1, 0);
    const before = readFileSync(sqliteFile(config));
    const bad = join(config.paths.dataDir, 'bad.sqlite');
    if (content) writeFileSync(bad, content);
    else {
      const other = await openSqlite({ ...config, db: { type: 'sqlite', url: `sqlite:${bad}` } });
      await other.query('DROP TABLE job_event');
      await other.query('DROP TABLE job');
      await other.destroy();
    }
    await expect(restoreDatabase(config, bad, NOW)).rejects.toThrow(message);
    expect(readFileSync(sqliteFile(config)).equals(before)).toBe(true);
  });

  it('refuses a backup whose pages are damaged', async () => {
    const { backup } = await backedUp(200, 0);
    const bytes = readFileSync(backup);
    // Scribble over a page in the middle of the file: the header stays valid, the b-tree does not.
    bytes.fill(0x5a, 8 * 4096, 10 * 4096);
    writeFileSync(backup, bytes);
    await expect(restoreDatabase(config, backup, NOW)).rejects.toThrow(RestoreRefusedError);
  });

  it('refuses while a TrueTrack process runs on the data folder, and ignores stale pid files', async () => {
    const { backup } = await backedUp(1, 0);
    mkdirSync(runDir(config.paths.dataDir), { recursive: true });
    writeFileSync(join(runDir(config.paths.dataDir), 'worker-999999999.pid'), '999999999\n');
    writeFileSync(join(runDir(config.paths.dataDir), `server-${process.ppid}.pid`), `${process.ppid}\n`);
    await expect(restoreDatabase(config, backup, NOW)).rejects.toThrow(
      `TrueTrack is running on this data folder (server (pid ${process.ppid})): stop it first`,
    );
    rmSync(join(runDir(config.paths.dataDir), `server-${process.ppid}.pid`));
    // Its own pid file does not stop the restore command.
    const release = claimPidFile(config.paths.dataDir, 'server');
    await expect(restoreDatabase(config, backup, NOW)).resolves.toBeDefined();
    release();
    expect(existsSync(join(runDir(config.paths.dataDir), 'worker-999999999.pid'))).toBe(false);
  });

  it('refuses a file that does not exist, and PostgreSQL', async () => {
    await expect(restoreDatabase(config, join(config.paths.dataDir, 'nope.sqlite'))).rejects.toThrow('does not exist');
    await expect(
      restoreDatabase({ ...config, db: { type: 'postgres', url: 'postgres://h/db' } }, 'x.sqlite'),
    ).rejects.toThrow('pg_restore');
  });
});
