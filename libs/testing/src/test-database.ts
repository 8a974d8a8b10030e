import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { AppConfig } from '@app/config';
import { Client } from 'pg';

/** True when the suite runs against the test command's PostgreSQL instead of SQLite. */
export const onPostgres = (): boolean => process.env['TRUETRACK_TEST_DB'] === 'postgres';

/** Redis's default number of databases. */
const REDIS_DATABASES = 16;

/**
 * The Redis the test command started, if any, on a database of this Jest worker's own: suites running side by
 * side flush and fill their queues without meeting.
 */
export function testRedisUrl(): string | undefined {
  const started = process.env['TRUETRACK_TEST_REDIS_URL'];
  if (!started) return undefined;
  const url = new URL(started);
  url.pathname = `/${Number(process.env['JEST_WORKER_ID'] ?? '1') % REDIS_DATABASES}`;
  return url.toString();
}

/**
 * A fresh, empty database for one test: a SQLite file in `dataDir`, or a new database on the test
 * PostgreSQL when TRUETRACK_TEST_DB=postgres.
 */
export async function freshDatabase(dataDir: string): Promise<AppConfig['db']> {
  if (!onPostgres()) return { type: 'sqlite', url: `sqlite:${join(dataDir, 'truetrack.db')}` };
  const adminUrl = process.env['TRUETRACK_TEST_POSTGRES_URL'];
  if (!adminUrl) throw new Error('TRUETRACK_TEST_DB=postgres needs TRUETRACK_TEST_POSTGRES_URL (set by npm test)');
  const name = `tt_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { type: 'postgres', url: url.toString() };
}
