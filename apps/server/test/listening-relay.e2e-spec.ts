// Accepted listens forwarded to the listener's ListenBrainz account through the listen_relay queue: retried until
// ListenBrainz takes them, each once, and kept across a server stop.
import { rmSync } from 'node:fs';
import request from 'supertest';
import type { AppConfig } from '@app/config';
import type { ListenerDto } from '@app/contracts';
import { type DeepPartial, type FakeHttpServer, type FakeRequest, pollUntil, startFakeHttpServer } from '@app/testing';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Submitted {
  listen_type: string;
  payload: { listened_at: number; track_metadata: { artist_name: string; track_name: string } }[];
}

let listenBrainz: FakeHttpServer;
let failing = 0;
const taken: FakeRequest[] = [];
let settings: DeepPartial<AppConfig>;

beforeAll(async () => {
  listenBrainz = await startFakeHttpServer((req) => {
    if (req.path !== '/1/submit-listens') return { status: 404, body: { code: 404, error: 'Not found' } };
    if (failing > 0) {
      failing--;
      return { status: 503, body: { code: 503, error: 'Cannot submit listens to queue, please try again later.' } };
    }
    taken.push(req);
    return { body: { status: 'ok' } };
  });
  settings = { listening: { listenBrainzUrl: listenBrainz.url, relayRetryMs: 50 } };
});

afterAll(() => listenBrainz.close());

const relaying = (app: TestApp, name: string) =>
  request(app.server)
    .post('/api/v1/listeners')
    .send({ name, listenBrainzUsername: 'sam', listenBrainzToken: 'lb-token', relayListenBrainz: true })
    .expect(201)
    .then((response) => response.body as ListenerDto);

const scrobble = (app: TestApp, token: string, seconds: number[]) =>
  request(app.publicUrl)
    .post('/listenbrainz/1/submit-listens')
    .set('Authorization', `Token ${token}`)
    .send({
      listen_type: 'import',
      payload: seconds.map((s) => ({ listened_at: s, track_metadata: { artist_name: 'A', track_name: `T${s}` } })),
    })
    .expect(200);

const deliveredSeconds = () =>
  taken.flatMap((req) => (JSON.parse(req.body) as Submitted).payload.map((listen) => listen.listened_at)).sort();

it('forwards accepted listens with the listener’s token, retrying until ListenBrainz takes them, each once', async () => {
  const app = await startTestApp(settings);
  try {
    taken.length = 0;
    failing = 2;
    const sam = await relaying(app, 'Sam');
    await scrobble(app, sam.listenToken, [1_700_000_001, 1_700_000_002, 1_700_000_003]);
    await pollUntil(
      async () => deliveredSeconds().length,
      (n) => n >= 3,
      30_000,
    );
    expect(failing).toBe(0);
    expect(deliveredSeconds()).toEqual([1_700_000_001, 1_700_000_002, 1_700_000_003]);
    expect(taken[0]!.headers.authorization).toBe('Token lb-token');
    expect((JSON.parse(taken[0]!.body) as Submitted).listen_type).toBe('import');
    // Nothing is sent again once taken.
    const requests = listenBrainz.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(listenBrainz.requests.length).toBe(requests);
  } finally {
    await app.close();
  }
});

it('forwards nothing for a listener who does not relay', async () => {
  const app = await startTestApp(settings);
  try {
    const requests = listenBrainz.requests.length;
    const kim = (await request(app.server).post('/api/v1/listeners').send({ name: 'Kim' }).expect(201))
      .body as ListenerDto;
    await scrobble(app, kim.listenToken, [1_700_000_100]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(listenBrainz.requests.length).toBe(requests);
  } finally {
    await app.close();
  }
});

it('keeps queued listens across a server stop and forwards them after', async () => {
  const first = await startTestApp(settings);
  taken.length = 0;
  failing = Number.MAX_SAFE_INTEGER;
  const sam = await relaying(first, 'Sam');
  await scrobble(first, sam.listenToken, [1_700_000_201, 1_700_000_202]);
  await pollUntil(
    async () => listenBrainz.requests.filter((r) => r.path === '/1/submit-listens').length,
    (n) => n >= 1,
    30_000,
  );
  first.server.closeAllConnections();
  first.server.close();
  await first.app.close();
  failing = 0;
  const second = await startTestApp({ ...settings, db: first.config.db });
  try {
    await pollUntil(
      async () => deliveredSeconds().length,
      (n) => n >= 2,
      30_000,
    );
    expect(deliveredSeconds()).toEqual([1_700_000_201, 1_700_000_202]);
  } finally {
    await second.close();
    rmSync(first.config.paths.dataDir, { recursive: true, force: true });
  }
});
