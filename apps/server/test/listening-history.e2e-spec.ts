// History imports from a loopback ListenBrainz and Last.fm serving paged histories with their traps: ListenBrainz's
// exclusive, second-granular max_ts with several listens in one second at page edges; Last.fm's strings, single
// objects and the undated track playing now. A server stopped in the middle of a backfill resumes where it was.
import { rmSync } from 'node:fs';
import request from 'supertest';
import type { AppConfig } from '@app/config';
import type { ListenerDto, ListenSyncDto } from '@app/contracts';
import { ListenStore } from '@app/listening';
import {
  type DeepPartial,
  type FakeHistoryListen,
  type FakeHistoryServer,
  makeFakeHistory,
  NEVER_ANSWER,
  pollUntil,
  startFakeLastfm,
  startFakeListenBrainz,
} from '@app/testing';
import { startTestApp, type TestApp } from './support/test-app.js';

const NOW = Math.floor(Date.now() / 1000);
const histories = {
  sam: makeFakeHistory(2345, NOW - 3600),
  kim: makeFakeHistory(2500, NOW - 7200),
  lastfm: makeFakeHistory(450, NOW - 600),
};

let listenBrainz: FakeHistoryServer;
let lastfm: FakeHistoryServer;
let testApp: TestApp;
let settings: DeepPartial<AppConfig>;

beforeAll(async () => {
  listenBrainz = await startFakeListenBrainz({ sam: histories.sam, kim: histories.kim });
  lastfm = await startFakeLastfm({ sam: histories.lastfm });
  settings = {
    listening: {
      listenBrainzUrl: listenBrainz.url,
      lastfmUrl: `${lastfm.url}/2.0`,
      lastfmApiKey: 'lastfm-key',
      requestIntervalMs: 0,
    },
  };
  testApp = await startTestApp(settings);
});

afterAll(async () => {
  await testApp.close();
  await listenBrainz.close();
  await lastfm.close();
});

const addListener = async (app: TestApp, body: object) =>
  (await request(app.server).post('/api/v1/listeners').send(body).expect(201)).body as ListenerDto;

const syncs = async (app: TestApp, listenerId: string) =>
  (await request(app.server).get('/api/v1/listens/sync').query({ listenerId }).expect(200)).body as ListenSyncDto[];

const settled = (app: TestApp, listenerId: string, sources: number) =>
  pollUntil(
    () => syncs(app, listenerId),
    (states) => states.length === sources && states.every((s) => !s.running && (s.syncedTo || s.lastError)),
    60_000,
  );

/** What the store holds for a listener, as sorted `second artist track` lines (a second's listens in any order). */
async function storedKeys(app: TestApp, listenerId: string, source: string): Promise<string[]> {
  const store = app.app.get(ListenStore);
  const listens = await store.recent(100_000, listenerId);
  return listens
    .filter((listen) => listen.source === source)
    .map((listen) => `${listen.listenedAt / 1000} ${listen.artistName} ${listen.trackName}`)
    .sort();
}

const keys = (history: FakeHistoryListen[]) => history.map((l) => `${l.listenedAt} ${l.artist} ${l.track}`).sort();

describe('POST /api/v1/ingest/listens', () => {
  it('imports every listen of both histories once, across page edges inside a second', async () => {
    const sam = await addListener(testApp, { name: 'Sam', listenBrainzUsername: 'sam', lastfmUsername: 'sam' });
    const started = (
      await request(testApp.server).post('/api/v1/ingest/listens').query({ listenerId: sam.id }).expect(202)
    ).body as ListenSyncDto[];
    expect(started.map((s) => s.source).sort()).toEqual(['lastfm', 'listenbrainz']);
    const states = await settled(testApp, sam.id, 2);
    expect(states.map((s) => s.lastError)).toEqual([undefined, undefined]);
    expect(await storedKeys(testApp, sam.id, 'listenbrainz-import')).toEqual(keys(histories.sam));
    // The undated track playing now, on every Last.fm page, is never a listen.
    expect(await storedKeys(testApp, sam.id, 'lastfm-import')).toEqual(keys(histories.lastfm));
    // ListenBrainz pages of 1000, each next max_ts one past the page's oldest second, then the empty page.
    const maxTs = listenBrainz.requests.map((r) => r.query.get('max_ts'));
    expect(maxTs[0]).toBe(String(Number(maxTs[0])));
    expect(listenBrainz.requests.every((r) => r.query.get('count') === '1000')).toBe(true);
  });

  it('then asks only down to an hour under the watermark, taking listens submitted late', async () => {
    const sam = (await request(testApp.server).get('/api/v1/listeners').expect(200)).body.find(
      (l: ListenerDto) => l.name === 'Sam',
    ) as ListenerDto;
    // Submitted to ListenBrainz after the first import, dated a minute before it.
    const newer = [
      { listenedAt: NOW - 60, artist: 'New', track: 'One' },
      { listenedAt: NOW - 60, artist: 'New', track: 'Two' },
    ];
    histories.sam.unshift(...newer);
    listenBrainz.requests.length = 0;
    await request(testApp.server).post('/api/v1/ingest/listens').query({ listenerId: sam.id }).expect(202);
    await pollUntil(
      () => syncs(testApp, sam.id),
      (states) => states.every((s) => !s.running) && listenBrainz.requests.length > 0,
      60_000,
    );
    expect(await storedKeys(testApp, sam.id, 'listenbrainz-import')).toEqual(keys(histories.sam));
    expect(listenBrainz.requests).toHaveLength(1);
  });

  it('records why a history could not be read: a private Last.fm profile', async () => {
    const shy = await addListener(testApp, { name: 'Shy', lastfmUsername: 'private' });
    await request(testApp.server).post('/api/v1/ingest/listens').query({ listenerId: shy.id }).expect(202);
    const [state] = await settled(testApp, shy.id, 1);
    expect(state).toMatchObject({
      source: 'lastfm',
      lastError: 'Last.fm error 17: Login: User required to be logged in',
    });
  });

  it('refuses a since that is not a day, naming it', async () => {
    const response = await request(testApp.server).post('/api/v1/ingest/listens').query({ since: '2024-02-30' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.errors)).toContain('since');
  });
});

describe('a server stopped during a backfill', () => {
  it('resumes at the page it stopped at, and ends with every listen once', async () => {
    const first = await startTestApp(settings);
    const kim = await addListener(first, { name: 'Kim', listenBrainzUsername: 'kim' });
    listenBrainz.requests.length = 0;
    // The third page never comes: the server is stopped while it waits for it.
    listenBrainz.interfere((r) =>
      listenBrainz.requests.filter((x) => x.path.includes('/kim/')).indexOf(r) >= 2 ? NEVER_ANSWER() : undefined,
    );
    await request(first.server).post('/api/v1/ingest/listens').query({ listenerId: kim.id }).expect(202);
    await pollUntil(
      async () => listenBrainz.requests.length,
      (n) => n >= 3,
      30_000,
    );
    const before = await storedKeys(first, kim.id, 'listenbrainz-import');
    expect(before.length).toBeGreaterThanOrEqual(1000);
    expect(before.length).toBeLessThan(histories.kim.length);
    first.server.closeAllConnections();
    first.server.close();
    await first.app.close();
    listenBrainz.interfere(undefined);

    const second = await startTestApp({ ...settings, db: first.config.db });
    try {
      const [interrupted] = await syncs(second, kim.id);
      expect(interrupted).toMatchObject({ source: 'listenbrainz', walking: true });
      const resumedFrom = listenBrainz.requests[2]!.query.get('max_ts');
      listenBrainz.requests.length = 0;
      await request(second.server).post('/api/v1/ingest/listens').query({ listenerId: kim.id }).expect(202);
      await settled(second, kim.id, 1);
      // The walk picked up at the page it was waiting for, not at the newest listen.
      expect(listenBrainz.requests[0]!.query.get('max_ts')).toBe(resumedFrom);
      expect(await storedKeys(second, kim.id, 'listenbrainz-import')).toEqual(keys(histories.kim));
    } finally {
      await second.close();
      rmSync(first.config.paths.dataDir, { recursive: true, force: true });
    }
  });
});
