import { chmod, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ConflictError } from '@app/core';
import { CLOCK, type Clock } from '@app/platform';
import { DataSource } from 'typeorm';
import { backupDir, newestFirst, nextBackupName } from './backup-names.js';
import type { BackupDto } from './backup.dto.js';
import { backupSqlite, makeSelfContained } from './sqlite-online-backup.js';

export const POSTGRES_BACKUP_MESSAGE =
  'The database is PostgreSQL: back it up with pg_dump (and restore with pg_restore); TrueTrack backs up SQLite only';

/** Online backups of the SQLite database into `<data dir>/backups`, keeping the newest `TRUETRACK_BACKUP_KEEP`. */
@Injectable()
export class BackupService {
  private readonly logger = new Logger(BackupService.name);
  /** Backups run one after another: a manual one asked during a scheduled one waits for it. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  get supported(): boolean {
    return this.config.db.type === 'sqlite';
  }

  async create(): Promise<BackupDto> {
    this.requireSqlite();
    const run = this.queue.then(() => this.backupNow());
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Newest first. */
  async list(): Promise<BackupDto[]> {
    this.requireSqlite();
    const names = newestFirst(await readdir(backupDir(this.config)).catch(() => [] as string[]));
    return Promise.all(names.map((name) => this.describe(name)));
  }

  /** Resolves once no backup is running (for shutdown). */
  async idle(): Promise<void> {
    await this.queue;
  }

  private async backupNow(): Promise<BackupDto> {
    const dir = backupDir(this.config);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const name = nextBackupName(await readdir(dir), this.clock.now());
    // Written under another name first, so a listing or a restore never sees half a backup.
    const partial = join(dir, `${name}.partial`);
    const startedAt = performance.now();
    try {
      await backupSqlite(this.dataSource, partial);
      await makeSelfContained(partial);
      // A copy of the database holds its secrets too: owner only, whatever the umask.
      await chmod(partial, 0o600);
      await rename(partial, join(dir, name));
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    const removed = await this.prune(dir);
    const backup = await this.describe(name);
    const ms = Math.round(performance.now() - startedAt);
    this.logger.log(`Backup ${name} written (${backup.size} bytes, ${ms} ms, ${removed} old removed)`);
    return backup;
  }

  private async prune(dir: string): Promise<number> {
    const old = newestFirst(await readdir(dir)).slice(this.config.backup.keep);
    await Promise.all(old.map((name) => rm(join(dir, name), { force: true })));
    return old.length;
  }

  private async describe(name: string): Promise<BackupDto> {
    const info = await stat(join(backupDir(this.config), name));
    return { name, size: info.size, createdAt: info.mtime.toISOString() };
  }

  private requireSqlite(): void {
    if (!this.supported) throw new ConflictError(POSTGRES_BACKUP_MESSAGE);
  }
}
