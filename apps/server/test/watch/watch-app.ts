import { join } from 'node:path';
import { type JobDto } from '@app/contracts';
import type { AppConfig } from '@app/config';
import { LibraryModule, WatchService } from '@app/library';
import { TaggerModule } from '@app/tagger';
import type { DeepPartial } from '@app/testing';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/test-app.js';

export interface WatchApp extends TestApp {
  importDir: string;
  libraryRoot: string;
  watch: WatchService;
  db: DataSource;
  /** Import jobs whose query is `path`. */
  importJobsOf(path: string): Promise<Pick<JobDto, 'id' | 'query'>[]>;
}

/**
 * The server with the library module and watchers on, serving the API only: import jobs are created and wait,
 * so a test counts what the watchers made without a pipeline running behind them.
 */
export async function startWatchApp(overrides: DeepPartial<AppConfig> = {}): Promise<WatchApp> {
  const app = await startTestApp(
    {
      queue: { role: 'api' },
      watch: { enabled: true, settleMs: 400, pollIntervalMs: 100, rescanSchedule: null },
      ...overrides,
    },
    { features: [LibraryModule, TaggerModule], requireEveryStep: false },
  );
  const db = app.app.get(DataSource);
  return {
    ...app,
    importDir: join(app.config.paths.dataDir, 'import'),
    libraryRoot: app.config.paths.libraryRoot,
    watch: app.app.get(WatchService),
    db,
    importJobsOf: (path) =>
      db
        .createQueryBuilder()
        .select('job.id', 'id')
        .addSelect('job.query', 'query')
        .from('job', 'job')
        .where('job.kind = :kind AND job.query = :path', { kind: 'import', path })
        .getRawMany(),
  };
}
