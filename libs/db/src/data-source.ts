import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AppConfig } from '@app/config';
import sqlite3 from 'sqlite3';
import { DataSource, type DataSourceOptions, type EntitySchema } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';
import { SettingEntity } from './settings/setting.entity.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = Array<Function | string | EntitySchema>;

/**
 * TypeORM switches sqlite3 into verbose mode, which records a stack trace on every call and costs more
 * than the query itself; this handle hands TypeORM the plain module instead.
 */
const quietSqlite3: unknown = Object.assign(Object.create(sqlite3) as object, { verbose: () => sqlite3 });

/**
 * TypeORM options for the configured database; schema changes only through migrations. The runtime settings
 * table belongs to every data source.
 */
export function buildDataSourceOptions(db: AppConfig['db'], entities: EntityList): DataSourceOptions {
  const common = {
    entities: [SettingEntity, ...entities] as EntityList,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    logging: false,
  } as const;
  if (db.type === 'sqlite') {
    const database = db.url.replace(/^sqlite:/, '');
    mkdirSync(dirname(database), { recursive: true });
    return { ...common, type: 'sqlite', database, enableWAL: true, busyTimeout: 10_000, driver: quietSqlite3 };
  }
  return { ...common, type: 'postgres', url: db.url, extra: { max: 10 } };
}

/** Opens the database, sets SQLite's pragmas and applies pending migrations. */
export async function openDataSource(options: DataSourceOptions): Promise<DataSource> {
  if (options.type === 'sqlite') ownerOnly(options.database);
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  await prepare(dataSource);
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/**
 * The database holds the API key and integration secrets: readable by its owner only, whatever the umask (022
 * by default makes new files world-readable). SQLite gives its -wal and -shm files the database file's mode.
 */
function ownerOnly(database: string): void {
  if (database === ':memory:') return;
  if (!existsSync(database)) closeSync(openSync(database, 'a', 0o600));
  for (const file of [database, `${database}-wal`, `${database}-shm`]) if (existsSync(file)) chmodSync(file, 0o600);
}

async function prepare(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== 'sqlite') return;
  // WAL is set by enableWAL; NORMAL is durable in WAL mode except for the last commits on power loss.
  await dataSource.query('PRAGMA synchronous = NORMAL');
  await dataSource.query('PRAGMA foreign_keys = ON');
}
