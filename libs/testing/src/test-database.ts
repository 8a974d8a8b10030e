import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { AppConfig } from '@app/config';
import { Client } from 'pg';

/** True when the suite runs against the test command's PostgreSQL instead of SQLite. */
export const onPostgres = (): boolean => process.env['TRUETRACK_TEST_DB'] === 'postgres';

/** The Redis the test command started, if any. */
export const testRedisUrl = (): string | undefined => process.env['TRUETRACK_TEST_REDIS_URL'];

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
