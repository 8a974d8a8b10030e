import type { EntityManager } from 'typeorm';
import type { Decided } from './decided.js';

/** Listens per UPDATE: 3 values each in CASE lists stays far below the bound parameters SQLite and Postgres allow. */
const ROWS_PER_UPDATE = 250;

/**
 * Writes a batch's mappings with one UPDATE per {@link ROWS_PER_UPDATE} listens (a CASE per column) rather than one
 * per listen: on SQLite every write waits in one queue, and intake should wait as little as possible.
 */
export async function writeMappings(m: EntityManager, decided: Decided[], mappedAt: number): Promise<void> {
  const { driver } = m.connection;
  const column = (name: string) => driver.escape(name);
  for (let at = 0; at < decided.length; at += ROWS_PER_UPDATE) {
    const rows = decided.slice(at, at + ROWS_PER_UPDATE);
    const values: unknown[] = [];
    const param = (value: unknown) => {
      values.push(value);
      return driver.createParameter(`p${values.length}`, values.length - 1);
    };
    const cases = (name: string, valueOf: (row: Decided) => unknown) =>
      `${column(name)} = CASE ${column('id')} ${rows.map((row) => `WHEN ${param(row.listen.id)} THEN ${param(valueOf(row))}`).join(' ')} END`;
    const sets = [
      cases('mapped_mbid', (row) => row.decision.mbid),
      cases('mapped_by', (row) => row.decision.by),
      cases('track_id', (row) => row.trackId),
      `${column('mapped_at')} = ${param(mappedAt)}`,
    ];
    const ids = rows.map((row) => param(row.listen.id)).join(', ');
    await m.query(`UPDATE ${column('listen')} SET ${sets.join(', ')} WHERE ${column('id')} IN (${ids})`, values);
  }
}
