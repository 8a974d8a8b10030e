import { randomUUID } from 'node:crypto';
import type { AppConfig } from '@app/config';
import { buildDataSourceOptions, openDataSource } from '@app/db';
import { JOB_ENTITIES } from '@app/jobs';
import type { DataSource } from 'typeorm';

/** The real, migrated SQLite database of `config` (always SQLite: backups are about SQLite). */
export async function openSqlite(config: AppConfig): Promise<DataSource> {
  return openDataSource(buildDataSourceOptions(config.db, JOB_ENTITIES));
}

/** One job and its creation event, in one transaction: a consistent copy has as many of one as of the other. */
export async function insertJob(dataSource: DataSource, padding = ''): Promise<string> {
  const id = randomUUID();
  const now = Date.now();
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO job (id, kind, query, options, state, status, progress, attempts, version, created_at, updated_at)
       VALUES (?, 'track', ?, '{}', 'SEARCHING', 'running', 0, 0, 0, ?, ?)`,
      [id, `song ${padding}`, now, now],
    );
    await manager.query(
      `INSERT INTO job_event (job_id, type, from_state, to_state, reason, at) VALUES (?, 'created', NULL, 'SEARCHING', 'test', ?)`,
      [id, now],
    );
  });
  return id;
}
