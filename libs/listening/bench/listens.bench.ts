// Listening: accepted listens per second through POST /listenbrainz/1/submit-listens (1000-listen imports and
// single listens, as Navidrome sends them), then a 100,000-listen ListenBrainz history imported from a loopback
// fake with the same paging and traps as the tests. The real server (createApp) on a free loopback port, on
// SQLite unless --db names a Postgres URL.
// Run through `node scripts/bench.mjs listens [--batches N] [--singles N] [--history N] [--db URL]`.
import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ListenerDto, ListenSyncDto } from '@app/contracts';
import { loadConfig } from '@app/config';
import { ListenStore } from '@app/listening';
import { makeFakeHistory, scriptedStepProviders, startFakeListenBrainz, TEST_API_KEY } from '@app/testing';
import { createApp } from '../../../apps/server/src/create-app.js';
import { benchDataDir, fixed, numberOption, option } from '../../jobs/bench/bench-utils.js';

const batches = numberOption('batches', 20);
const singles = numberOption('singles', 2000);
const historySize = numberOption('history', 100_000);
const db = option('db');

const now = Math.floor(Date.now() / 1000);
const history = makeFakeHistory(historySize, now - 3600);
const listenBrainz = await startFakeListenBrainz({ bench: history });
const dataDir = benchDataDir();
const config = loadConfig({
  TRUETRACK_DATA_DIR: dataDir,
  MUSIC_LIBRARY_ROOT: join(dataDir, 'library'),
  TRUETRACK_LOG_LEVEL: 'error',
  TRUETRACK_API_KEY: TEST_API_KEY,
  TRUETRACK_LISTENBRAINZ_URL: listenBrainz.url,
  TRUETRACK_LISTENING_REQUEST_INTERVAL_MS: '0',
  ...(db ? { DATABASE_URL: db } : {}),
});
const app = await createApp(
  { ...config, paths: { ...config.paths, adminDir: join(dataDir, 'admin') } },
  { extraProviders: scriptedStepProviders(), features: [] },
);
await app.listen(0, '127.0.0.1');
const { port } = app.getHttpServer().address() as { port: number };
const baseUrl = `http://127.0.0.1:${port}`;
const api = (path: string, init: RequestInit = {}) =>
  fetch(`${baseUrl}${path}`, {
    ...init,
    headers: { 'X-Api-Key': TEST_API_KEY, 'Content-Type': 'application/json', ...init.headers },
  });

async function listener(body: object): Promise<ListenerDto> {
  return (await (await api('/api/v1/listeners', { method: 'POST', body: JSON.stringify(body) })).json()) as ListenerDto;
}

async function submit(token: string, body: string): Promise<void> {
  const response = await fetch(`${baseUrl}/listenbrainz/1/submit-listens`, {
    method: 'POST',
    headers: { Authorization: `Token ${token}`, 'Content-Type': 'application/json; charset=UTF-8' },
    body,
  });
  if (response.status !== 200) throw new Error(`submit-listens answered ${response.status}: ${await response.text()}`);
}

const track = (n: number) => ({
  artist_name: `Artist ${n % 500}`,
  track_name: `Track ${n}`,
  release_name: `Album ${n % 50}`,
  additional_info: { submission_client: 'Navidrome', duration_ms: 213_000, tracknumber: 1 },
});

try {
  const store = app.get(ListenStore);
  console.log(`database: ${config.db.type}`);

  const importer = await listener({ name: 'Bench importer' });
  const bodies = Array.from({ length: batches }, (_, b) =>
    JSON.stringify({
      listen_type: 'import',
      payload: Array.from({ length: 1000 }, (_, i) => ({
        listened_at: 1_600_000_000 + b * 1000 + i,
        track_metadata: track(i),
      })),
    }),
  );
  let started = performance.now();
  for (const body of bodies) await submit(importer.listenToken, body);
  let seconds = (performance.now() - started) / 1000;
  const imported = await store.count(importer.id);
  console.log(
    `submit-listens, import of 1000: ${imported} listens in ${fixed(seconds, 2)} s = ${fixed(imported / seconds, 0)} listens/s (goal ≥ 2000/s)`,
  );

  const scrobbler = await listener({ name: 'Bench scrobbler' });
  started = performance.now();
  const connections = 8;
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      for (let n = next++; n < singles; n = next++) {
        await submit(
          scrobbler.listenToken,
          JSON.stringify({
            listen_type: 'single',
            payload: [{ listened_at: 1_650_000_000 + n, track_metadata: track(n) }],
          }),
        );
      }
    }),
  );
  seconds = (performance.now() - started) / 1000;
  const scrobbled = await store.count(scrobbler.id);
  console.log(
    `submit-listens, single (${connections} clients): ${scrobbled} listens in ${fixed(seconds, 2)} s = ${fixed(scrobbled / seconds, 0)} listens/s`,
  );

  const reader = await listener({ name: 'Bench reader', listenBrainzUsername: 'bench' });
  started = performance.now();
  await api(`/api/v1/ingest/listens?listenerId=${reader.id}`, { method: 'POST' });
  for (;;) {
    const [state] = (await (await api(`/api/v1/listens/sync?listenerId=${reader.id}`)).json()) as ListenSyncDto[];
    if (state && !state.running && (state.syncedTo || state.lastError)) {
      if (state.lastError) throw new Error(`the import failed: ${state.lastError}`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  seconds = (performance.now() - started) / 1000;
  const read = await store.count(reader.id);
  console.log(
    `history import from the loopback ListenBrainz: ${read} of ${historySize} listens in ${fixed(seconds, 2)} s = ` +
      `${fixed(read / seconds, 0)} listens/s, ${listenBrainz.requests.length} pages (goal ≤ 60 s, mapping excluded)`,
  );
  console.log('mapping from a warm cache: not measured (listens are not mapped to recordings yet)');
} finally {
  await app.close();
  await listenBrainz.close();
  rmSync(dataDir, { recursive: true, force: true });
}
