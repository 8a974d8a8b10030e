// Listening: accepted listens per second through POST /listenbrainz/1/submit-listens (1000-listen imports and
// single listens, as Navidrome sends them), then a 100,000-listen ListenBrainz history imported from a loopback
// fake with the same paging and traps as the tests, then every listen mapped again from a warm cache (resolver
// answers kept from the first mapping, a library of 1000 matching tracks). The real server (createApp) on a free loopback port, on
// SQLite unless --db names a Postgres URL.
// Run through `node scripts/bench.mjs listens [--batches N] [--singles N] [--history N] [--db URL]`.
import 'reflect-metadata';
import { createHash, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ListenerDto, ListenSyncDto } from '@app/contracts';
import { loadConfig } from '@app/config';
import { Global, Module } from '@nestjs/common';
import { LibraryTrackEntity } from '@app/library';
import { ListenMapper, ListenStore, RECORDING_LOOKUP, type RecordingLookup } from '@app/listening';
import { DataSource } from 'typeorm';
import { makeFakeHistory, scriptedStepProviders, startFakeListenBrainz, TEST_API_KEY } from '@app/testing';
import { createApp } from '../../../apps/server/src/create-app.js';
import { benchDataDir, fixed, numberOption, option } from '../../jobs/bench/bench-utils.js';

const batches = numberOption('batches', 20);
const singles = numberOption('singles', 2000);
const historySize = numberOption('history', 100_000);
const db = option('db');

/** A resolver that answers at once, one made-up recording per song, and counts what it was asked. */
let lookups = 0;
const recordingOf = (artist: string, title: string) => {
  const hex = createHash('sha1').update(`${artist.toLowerCase()}|${title.toLowerCase()}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
const lookup: RecordingLookup = {
  find(artist, title) {
    lookups++;
    return Promise.resolve({ kind: 'found', mbid: recordingOf(artist, title) });
  },
};

@Global()
@Module({ providers: [{ provide: RECORDING_LOOKUP, useValue: lookup }], exports: [RECORDING_LOOKUP] })
class BenchRecordingsModule {}

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
  { extraProviders: scriptedStepProviders(), features: [BenchRecordingsModule] },
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

/** Library tracks for the first `count` songs of the history, by recording (even) or by text (odd). */
async function addLibraryTracks(count: number): Promise<number> {
  const rows = history.slice(0, count).map((listen, n) => ({
    id: randomUUID(),
    path: `bench/${n}.mp3`,
    format: 'mp3',
    durationMs: 200_000,
    size: 1000,
    mtime: 0,
    title: listen.track,
    artist: listen.artist,
    mbRecordingId: n % 2 === 0 ? recordingOf(listen.artist, listen.track) : null,
    hasCover: false,
    createdAt: n,
    updatedAt: 0,
  }));
  for (let at = 0; at < rows.length; at += 100) {
    await app
      .get(DataSource)
      .createQueryBuilder()
      .insert()
      .into(LibraryTrackEntity)
      .values(rows.slice(at, at + 100))
      .updateEntity(false)
      .execute();
  }
  return rows.length;
}

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

  // The first mapping (started after intake, in the background) fills the cache; then every listen is mapped
  // again, each song's recording from the cache, and linked to the library.
  const mapper = app.get(ListenMapper);
  await mapper.mapPending();
  const tracks = await addLibraryTracks(1000);
  const dataSource = app.get(DataSource);
  await dataSource.query('UPDATE listen SET mapped_at = NULL, mapped_mbid = NULL, mapped_by = NULL, track_id = NULL');
  const askedBefore = lookups;
  started = performance.now();
  const round = await mapper.mapPending();
  seconds = (performance.now() - started) / 1000;
  const total = await store.count();
  console.log(
    `mapping from a warm cache: ${round.mapped} of ${total} listens in ${fixed(seconds, 2)} s = ` +
      `${fixed(round.mapped / seconds, 0)} listens/s, ${round.linked} linked to ${tracks} library tracks, ` +
      `${lookups - askedBefore} resolver lookups`,
  );
} finally {
  await app.close();
  await listenBrainz.close();
  rmSync(dataDir, { recursive: true, force: true });
}
