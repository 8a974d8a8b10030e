// Dashboard: p95 of every dashboard route with --listens (1,000,000) listens of --listeners (10) people over two
// years and --tracks (50,000) analysed library tracks, on SQLite; and the time of the refreshes (every week and map
// at first, then a weekly refresh: the week closed and the maps fitted again). The real server (createApp) on a
// free loopback port. Data are written with batched INSERTs in one transaction.
// Run through `node scripts/bench.mjs dashboard [--listens N] [--tracks N] [--listeners N] [--requests N]`.
import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AggregateWeeksResultDto, AudioFeatures, DashboardOverviewDto, ListenerDto } from '@app/contracts';
import { loadConfig } from '@app/config';
import { seededRandom, shiftWeek, weekOf } from '@app/core';
import { TransactionRunner } from '@app/db';
import { scriptedStepProviders, TEST_API_KEY } from '@app/testing';
import { createApp } from '../../../apps/server/src/create-app.js';
import { benchDataDir, fixed, numberOption, percentile } from '../../jobs/bench/bench-utils.js';

const listenCount = numberOption('listens', 1_000_000);
const trackCount = numberOption('tracks', 50_000);
const listenerCount = numberOption('listeners', 10);
const requests = numberOption('requests', 40);
const WEEKS = 104;
const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'UTC', 'Australia/Sydney'];

const dataDir = benchDataDir();
const config = loadConfig({
  TRUETRACK_DATA_DIR: dataDir,
  MUSIC_LIBRARY_ROOT: join(dataDir, 'library'),
  TRUETRACK_LOG_LEVEL: 'error',
  TRUETRACK_API_KEY: TEST_API_KEY,
  TRUETRACK_DASHBOARD_REFRESH_SCHEDULE: 'off',
  TRUETRACK_DASHBOARD_WEEKLY_SCHEDULE: 'off',
  // The seeded listens are already mapped; a mapping round or a backup meanwhile would only add noise.
  TRUETRACK_LISTEN_MAPPING_SCHEDULE: 'off',
  TRUETRACK_BACKUP_SCHEDULE: 'off',
});
const app = await createApp(
  { ...config, paths: { ...config.paths, adminDir: join(dataDir, 'admin') } },
  { extraProviders: scriptedStepProviders(), features: [] },
);
await app.listen(0, '127.0.0.1');
const { port } = app.getHttpServer().address() as { port: number };
const baseUrl = `http://127.0.0.1:${port}`;
const api = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(`${baseUrl}${path}`, {
    ...init,
    headers: { 'X-Api-Key': TEST_API_KEY, 'Content-Type': 'application/json', ...init.headers },
  });
  const body = await response.text();
  if (response.status >= 300) throw new Error(`${path} answered ${response.status}: ${body.slice(0, 300)}`);
  return body;
};

const trackId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const random = seededRandom(2026);

function features(n: number): AudioFeatures {
  const style = n % 5;
  return {
    bpm: 70 + style * 15 + random() * 20,
    bpmConfidence: 3.6,
    key: 'A',
    scale: random() < 0.5 ? 'major' : 'minor',
    keyStrength: 0.6,
    danceability: 0.5 + style * 0.45 + random() * 0.4,
    dynamicComplexity: 2 + random() * 6,
    onsetRate: 1 + style + random(),
    spectralCentroidHz: 700 + style * 600 + random() * 400,
    rms: 0.1,
    energy: 0.05,
    mfccMeans: new Array<number>(13).fill(0),
    loudnessLufs: -24 + style * 4 + random() * 3,
    loudnessRangeLu: 5,
    analysedSeconds: 30,
  };
}

/**
 * Rows through the driver, `perStatement` at a time, 20 statements per transaction. Through the app's
 * TransactionRunner: SQLite has one connection, and the job engine's own transactions must not interleave.
 */
async function insertAll(
  tx: TransactionRunner,
  table: string,
  columns: string[],
  rows: unknown[][],
  perStatement: number,
) {
  const one = `(${columns.map(() => '?').join(',')})`;
  const perTransaction = perStatement * 20;
  for (let t = 0; t < rows.length; t += perTransaction) {
    await tx.run(async (m) => {
      for (let i = t; i < Math.min(rows.length, t + perTransaction); i += perStatement) {
        const chunk = rows.slice(i, i + perStatement);
        await m.query(
          `INSERT INTO ${table} (${columns.join(',')}) VALUES ${chunk.map(() => one).join(',')}`,
          chunk.flat(),
        );
      }
    });
  }
}

async function seed(db: TransactionRunner, listeners: ListenerDto[]): Promise<void> {
  const now = Date.now();
  const trackRows = Array.from({ length: trackCount }, (_, n) => {
    const f = features(n);
    return [trackId(n), 'bench', now, f.bpm, `${f.key} ${f.scale}`, 0.5, JSON.stringify(f)];
  });
  const columns = ['track_id', 'analyser_version', 'analysed_at', 'bpm', 'musical_key', 'energy', 'features'];
  await insertAll(db, 'track_analysis', columns, trackRows, 500);
  const perListener = Math.floor(listenCount / listeners.length);
  const listenColumns = [
    'id',
    'listener_id',
    'listened_at',
    'artist_name',
    'track_name',
    'duration_ms',
    'source',
    'additional_info',
    'track_id',
    'mapped_at',
    'created_at',
  ];
  for (const [l, listener] of listeners.entries()) {
    const start = shiftWeek(weekOf(now, listener.timeZone), -(WEEKS - 1), listener.timeZone).start;
    const span = now - start;
    // Each person plays a fifth of the catalogue, their favourites far more often than the rest.
    const pool = Math.floor(trackCount / 5);
    const rows = Array.from({ length: perListener }, (_, i) => {
      const at = start + Math.floor((i / perListener) * span);
      const drift = Math.floor((i / perListener) * pool * 0.5);
      const n = (l * pool + drift + Math.floor(pool * random() ** 3)) % trackCount;
      const mapped = random() < 0.9;
      return [
        `${String(l).padStart(8, '0')}-0000-4000-8000-${String(i).padStart(12, '0')}`,
        listener.id,
        at,
        `Artist ${n % 4000}`,
        `Track ${n}`,
        180_000 + (n % 120) * 1000,
        'listenbrainz-api',
        JSON.stringify({ tags: [`style ${n % 5}`] }),
        mapped ? trackId(n) : null,
        now,
        now,
      ];
    });
    await insertAll(db, 'listen', listenColumns, rows, 1000);
  }
}

async function timed(path: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const started = performance.now();
    await api(path);
    times.push(performance.now() - started);
  }
  return times;
}

try {
  const db = app.get(TransactionRunner);
  console.log(
    `database: ${config.db.type}; ${listenCount} listens of ${listenerCount} listeners, ${trackCount} tracks`,
  );
  const listeners: ListenerDto[] = [];
  for (let l = 0; l < listenerCount; l++) {
    const body = JSON.stringify({ name: `Bench listener ${l}`, timeZone: ZONES[l % ZONES.length] });
    listeners.push(JSON.parse(await api('/api/v1/listeners', { method: 'POST', body })) as ListenerDto);
  }
  let started = performance.now();
  await seed(db, listeners);
  console.log(`data written in ${fixed((performance.now() - started) / 1000, 1)} s`);

  const refresh = async (body: object) =>
    JSON.parse(
      await api('/api/v1/aggregate/weeks', { method: 'POST', body: JSON.stringify(body) }),
    ) as AggregateWeeksResultDto;
  let result = await refresh({});
  console.log(
    `first refresh (every week of every listener, ${result.mapsFitted} taste maps): ${result.weeksComputed} weeks in ${fixed(result.ms / 1000, 1)} s`,
  );
  result = await refresh({ refit: true });
  console.log(
    `weekly refresh (running week, ${result.mapsFitted} taste maps fitted again): ${result.weeksComputed} weeks in ${fixed(result.ms / 1000, 1)} s = ${fixed(result.ms / result.listeners / 1000, 2)} s per listener`,
  );
  started = performance.now();
  result = await refresh({});
  console.log(
    `refresh of every listener (running weeks, change points, outliers): ${result.weeksComputed} weeks in ${fixed(result.ms, 0)} ms`,
  );

  const someone = listeners[0]!;
  const lastWeek = shiftWeek(weekOf(Date.now(), someone.timeZone), -1, someone.timeZone).key;
  const monthsAgo = shiftWeek(weekOf(Date.now(), someone.timeZone), -20, someone.timeZone).key;
  const q = `listenerId=${someone.id}`;
  const routes = [
    `/api/v1/dashboard/overview?${q}`,
    `/api/v1/dashboard/trajectory?${q}&window=12w`,
    `/api/v1/dashboard/trajectory?${q}&window=104w`,
    `/api/v1/dashboard/radar?${q}&week=${lastWeek}`,
    `/api/v1/dashboard/radar?${q}&week=${lastWeek}&compare=${monthsAgo}`,
    `/api/v1/dashboard/moods?${q}&window=12w`,
    `/api/v1/dashboard/moods?${q}&window=12w&artist=Artist%207`,
    `/api/v1/dashboard/outliers?${q}`,
    `/api/v1/dashboard/mixtape?${q}&week=${lastWeek}`,
    `/api/v1/dashboard/mixtape/export?${q}&week=${lastWeek}&format=m3u8`,
    `/api/v1/dashboard/mixtape/export?${q}&week=${lastWeek}&format=request`,
    `/api/v1/labels?${q}`,
  ];
  console.log(`routes, ${requests} requests each, one at a time (goal: p95 ≤ 200 ms):`);
  for (const route of routes) {
    await api(route);
    const times = await timed(route);
    const name = route.replace(`?${q}`, '').replace(`&`, '?').replace(someone.id, '…');
    console.log(
      `  ${name.padEnd(70)} p50 ${fixed(percentile(times, 0.5), 1).padStart(6)} ms   p95 ${fixed(percentile(times, 0.95), 1).padStart(6)} ms`,
    );
  }

  // A client's backlog of 1,000 listens in one submission: how long until the overview counts them, unasked.
  const overview = async () =>
    (JSON.parse(await api(`/api/v1/dashboard/overview?${q}`)) as DashboardOverviewDto).thisWeek?.listens ?? 0;
  const before = await overview();
  const at = Math.floor(Date.now() / 1000);
  const payload = Array.from({ length: 1000 }, (_, i) => ({
    listened_at: at - i,
    track_metadata: { artist_name: 'Bench burst', track_name: `Burst ${i}` },
  }));
  started = performance.now();
  await api('/listenbrainz/1/submit-listens', {
    method: 'POST',
    headers: { Authorization: `Token ${someone.listenToken}` },
    body: JSON.stringify({ listen_type: 'import', payload }),
  });
  const accepted = performance.now() - started;
  while ((await overview()) < before + 1000) await new Promise((resolve) => setTimeout(resolve, 50));
  console.log(
    `1,000 listens submitted: accepted in ${fixed(accepted, 0)} ms, counted by the overview ${fixed((performance.now() - started) / 1000, 2)} s after sending`,
  );
} finally {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}
