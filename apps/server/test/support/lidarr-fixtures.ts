import { readFileSync } from 'node:fs';

const FIXTURES = new URL('../../../../libs/lidarr-api/test/fixtures/', import.meta.url);

/** A Lidarr client fixture from libs/lidarr-api/test/fixtures, parsed. */
export function lidarrFixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as T;
}

/** A copy of a fixture body with its illustrative values (ids, names) replaced by this world's. */
export function substitute<T>(value: T, values: Map<unknown, unknown>): T {
  return JSON.parse(JSON.stringify(value), (_key, item: unknown) => (values.has(item) ? values.get(item) : item)) as T;
}
