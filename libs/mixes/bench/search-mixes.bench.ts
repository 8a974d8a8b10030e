// Mix search: "which of my mixes contain X" over --mixes tracklists (default 10,000) of --lines lines each
// (default 20), through GET /api/v1/mixes/search on the real server (createApp) on a free loopback port; SQLite
// (FTS5) unless --db names a Postgres URL (tsvector + GIN). Rows go straight into the tables, as a restored
// database would hold them; the goal is a p95 ≤ 200 ms over --queries searches (default 300).
// Run through `npm run bench:mixes [-- --mixes N --lines N --queries N --db URL]`.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@app/config';
import { TransactionRunner } from '@app/db';
import type { MixSearchHitDto } from '@app/contracts';
import { scriptedStepProviders, TEST_API_KEY } from '@app/testing';
import { createApp } from '../../../apps/server/src/create-app.js';
import { benchDataDir, fixed, numberOption, option } from '../../jobs/bench/bench-utils.js';

const mixCount = numberOption('mixes', 10_000);
const linesPerMix = numberOption('lines', 20);
const queries = numberOption('queries', 300);
const db = option('db');

const FIRST = [
  'Glenn',
  'Duke',
  'Count',
  'Benny',
  'Artie',
  'Ella',
  'Louis',
  'Dizzy',
  'Charlie',
  'Miles',
  'Jeff',
  'Dave',
];
const LAST = [
  'Miller',
  'Ellington',
  'Basie',
  'Goodman',
  'Shaw',
  'Fitzgerald',
  'Armstrong',
  'Gillespie',
  'Parker',
  'Davis',
  'Mills',
  'Angel',
];
const WORDS = [
  'Mood',
  'Train',
  'Swing',
  'Night',
  'Serenade',
  'Jump',
  'Blue',
  'Dream',
  'Moon',
  'Bass',
  'Acid',
  'Dub',
  'Loop',
  'Pulse',
];
// A deterministic generator: the same database on every run.
let seed = 42;
const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
const pick = <T>(list: T[]): T => list[next() % list.length]!;
const artist = () => `${pick(FIRST)} ${pick(LAST)} ${next() % 300}`;
const title = () => `${pick(WORDS)} ${pick(WORDS)} ${next() % 1000}`;

const dataDir = benchDataDir();
const config = loadConfig({
  TRUETRACK_DATA_DIR: dataDir,
  MUSIC_LIBRARY_ROOT: join(dataDir, 'library'),
  TRUETRACK_LOG_LEVEL: 'error',
  TRUETRACK_API_KEY: TEST_API_KEY,
  ...(db ? { DATABASE_URL: db } : {}),
});
const app = await createApp(
  { ...config, paths: { ...config.paths, adminDir: join(dataDir, 'admin') } },
  { extraProviders: scriptedStepProviders(), features: [] },
);
await app.listen(0, '127.0.0.1');
const { port } = app.getHttpServer().address() as { port: number };

async function fill(tx: TransactionRunner, postgres: boolean): Promise<void> {
  const p = (i: number) => (postgres ? `$${i}` : '?');
  for (let start = 0; start < mixCount; start += 100) {
    await tx.run(async (manager) => {
      for (let m = start; m < Math.min(start + 100, mixCount); m++) {
        const mixId = randomUUID();
        await manager.query(
          `INSERT INTO mix (id, track_id, title, tracklist_source, tracklist_format, tracklist_text, created_at, updated_at)
           VALUES (${[1, 2, 3, 4, 5, 6, 7, 8].map(p).join(', ')})`,
          [mixId, randomUUID(), `Mix ${m}`, 'paste', 'timed', '', m, m],
        );
        const values: unknown[] = [];
        const rows: string[] = [];
        for (let l = 0; l < linesPerMix; l++) {
          const base = values.length;
          rows.push(`(${[1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => p(base + i)).join(', ')})`);
          values.push(randomUUID(), mixId, l + 1, l * 180_000, 'second', artist(), title(), 'missing', '');
        }
        await manager.query(
          `INSERT INTO mix_line (id, mix_id, position, start_ms, start_precision, artist, title, status, raw)
           VALUES ${rows.join(', ')}`,
          values,
        );
      }
    });
  }
}

try {
  console.log(`database: ${config.db.type}`);
  let started = performance.now();
  await fill(app.get(TransactionRunner), config.db.type === 'postgres');
  console.log(
    `filled ${mixCount} tracklists × ${linesPerMix} lines in ${fixed((performance.now() - started) / 1000, 1)} s`,
  );
  const timings: number[] = [];
  let hits = 0;
  for (let q = 0; q < queries; q++) {
    const query = q % 3 === 0 ? pick(LAST) : q % 3 === 1 ? `${pick(FIRST)} ${pick(LAST)}` : pick(LAST).slice(0, 4);
    started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/mixes/search?q=${encodeURIComponent(query)}`, {
      headers: { 'X-Api-Key': TEST_API_KEY },
    });
    const body = (await response.json()) as MixSearchHitDto[];
    timings.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`search answered ${response.status}`);
    hits += body.length;
  }
  timings.sort((a, b) => a - b);
  const at = (share: number) => timings[Math.min(timings.length - 1, Math.floor(share * timings.length))]!;
  console.log(
    `search over ${mixCount} tracklists: ${queries} queries, p50 ${fixed(at(0.5), 1)} ms, p95 ${fixed(at(0.95), 1)} ms, ` +
      `max ${fixed(at(1), 1)} ms, ${fixed(hits / queries, 1)} mixes a query (goal p95 ≤ 200 ms)`,
  );
} finally {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}
