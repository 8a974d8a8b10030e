// Listens relayed to the listener's Last.fm account: connected through Last.fm's web authorisation, scrobbled in
// signed batches of at most 50, retried through an outage and a restart, each exactly once; a revoked session
// marks the connection broken.
import { rmSync } from 'node:fs';
import request from 'supertest';
import type { AppConfig } from '@app/config';
import type { ListenerDto, ListenRelayStatusDto } from '@app/contracts';
import { type DeepPartial, pollUntil } from '@app/testing';
import { FakeLastfmScrobbler, LASTFM_API_KEY, LASTFM_SECRET } from './support/fake-lastfm-scrobbler.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let lastfm: FakeLastfmScrobbler;
let settings: DeepPartial<AppConfig>;

beforeAll(async () => {
  lastfm = await FakeLastfmScrobbler.start();
  settings = {
    listening: {
      lastfmUrl: lastfm.url,
      lastfmAuthUrl: lastfm.authUrl,
      lastfmApiKey: LASTFM_API_KEY,
      lastfmSharedSecret: LASTFM_SECRET,
      relayRetryMs: 50,
    },
  };
});

afterAll(() => lastfm.close());

beforeEach(() => {
  lastfm.scrobbles.length = 0;
  lastfm.scrobbleCalls.length = 0;
  lastfm.outages = 0;
});

/** A listener connected to Last.fm the way a person does it in the Listening page. */
async function connected(app: TestApp, name: string): Promise<ListenerDto> {
  const listener = (await request(app.server).post('/api/v1/listeners').send({ name }).expect(201)).body as ListenerDto;
  return connect(app, listener.id);
}

async function connect(app: TestApp, id: string): Promise<ListenerDto> {
  const { authorizeUrl } = (await request(app.server).post(`/api/v1/listeners/${id}/lastfm/connect`).expect(200))
    .body as { authorizeUrl: string };
  expect(authorizeUrl.startsWith(`${lastfm.authUrl}?`)).toBe(true);
  // The person allows TrueTrack at Last.fm.
  expect((await fetch(authorizeUrl)).status).toBe(200);
  const done = (await request(app.server).post(`/api/v1/listeners/${id}/lastfm/session`).expect(200))
    .body as ListenerDto;
  expect(done).toMatchObject({ lastfmConnected: true, relayLastfm: true, lastfmUsername: 'MyLastFMUsername' });
  return done;
}

const submit = (app: TestApp, token: string, type: string, seconds: number[]) =>
  request(app.publicUrl)
    .post('/listenbrainz/1/submit-listens')
    .set('Authorization', `Token ${token}`)
    .send({
      listen_type: type,
      payload: seconds.map((s) => ({
        ...(type === 'playing_now' ? {} : { listened_at: s }),
        track_metadata: { artist_name: 'Portishead', track_name: `Roads ${s}`, release_name: 'Dummy' },
      })),
    })
    .expect(200);

const scrobbledSeconds = () => lastfm.scrobbles.map((s) => s.timestamp).sort((a, b) => a - b);

it('connects through Last.fm’s authorisation: refused before the person allowed it, never echoing the session key', async () => {
  const app = await startTestApp(settings);
  try {
    const kim = (await request(app.server).post('/api/v1/listeners').send({ name: 'Kim' }).expect(201))
      .body as ListenerDto;
    expect(kim).toMatchObject({ lastfmConnected: false, relayLastfm: false });
    const early = await request(app.server).post(`/api/v1/listeners/${kim.id}/lastfm/session`).expect(400);
    expect(JSON.stringify(early.body)).toContain('lastfm');
    await request(app.server).post(`/api/v1/listeners/${kim.id}/lastfm/connect`).expect(200);
    const unauthorised = await request(app.server).post(`/api/v1/listeners/${kim.id}/lastfm/session`).expect(400);
    expect(JSON.stringify(unauthorised.body)).toContain('not authorised yet');
    const sam = await connected(app, 'Sam');
    expect(JSON.stringify(sam)).not.toContain('d580d57f32848f5dcf574d1ce18d78b2');
    const status = (await request(app.server).get('/api/v1/listens/relay').expect(200)).body as ListenRelayStatusDto;
    expect(status.lastfm).toEqual({ configured: true, apiKey: '********6789', sharedSecret: '********cdef' });
    const off = (await request(app.server).delete(`/api/v1/listeners/${sam.id}/lastfm`).expect(200))
      .body as ListenerDto;
    expect(off).toMatchObject({ lastfmConnected: false, relayLastfm: false });
  } finally {
    await app.close();
  }
});

it('answers 400 naming lastfm when the API key and shared secret are not set', async () => {
  const app = await startTestApp({ listening: { lastfmUrl: lastfm.url } });
  try {
    const kim = (await request(app.server).post('/api/v1/listeners').send({ name: 'Kim' }).expect(201))
      .body as ListenerDto;
    const refused = await request(app.server).post(`/api/v1/listeners/${kim.id}/lastfm/connect`).expect(400);
    expect(JSON.stringify(refused.body)).toContain('TRUETRACK_LASTFM_SHARED_SECRET');
    await request(app.server).post('/api/v1/listeners/not-a-uuid/lastfm/connect').expect(400);
  } finally {
    await app.close();
  }
});

it('scrobbles a submitted listen exactly once through an outage, and what plays now', async () => {
  const app = await startTestApp(settings);
  try {
    const sam = await connected(app, 'Sam');
    lastfm.outages = 3;
    await submit(app, sam.listenToken, 'single', [1_700_000_001]);
    await pollUntil(
      async () => lastfm.scrobbles.length,
      (n) => n >= 1,
      30_000,
    );
    expect(lastfm.outages).toBe(0);
    expect(lastfm.scrobbles).toEqual([
      { artist: 'Portishead', track: 'Roads 1700000001', timestamp: 1_700_000_001, album: 'Dummy' },
    ]);
    await submit(app, sam.listenToken, 'playing_now', [0]);
    await pollUntil(
      async () => lastfm.nowPlaying.length,
      (n) => n >= 1,
      30_000,
    );
    expect(lastfm.nowPlaying).toEqual(['Portishead - Roads 0']);
    const status = (await request(app.server).get('/api/v1/listens/relay').expect(200)).body as ListenRelayStatusDto;
    expect(status.queued.lastfm).toBe(0);
    // Nothing is sent again once taken.
    const calls = lastfm.scrobbleCalls.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(lastfm.scrobbleCalls.length).toBe(calls);
    expect(scrobbledSeconds()).toEqual([1_700_000_001]);
  } finally {
    await app.close();
  }
});

it('sends an import of 120 listens as calls of at most 50', async () => {
  const app = await startTestApp(settings);
  try {
    const sam = await connected(app, 'Sam');
    const seconds = Array.from({ length: 120 }, (_, i) => 1_700_001_000 + i);
    await submit(app, sam.listenToken, 'import', seconds);
    await pollUntil(
      async () => lastfm.scrobbles.length,
      (n) => n >= 120,
      30_000,
    );
    expect(scrobbledSeconds()).toEqual(seconds);
    expect(Math.max(...lastfm.scrobbleCalls)).toBeLessThanOrEqual(50);
    expect(lastfm.scrobbleCalls.reduce((a, b) => a + b, 0)).toBe(120);
  } finally {
    await app.close();
  }
});

it('keeps queued scrobbles across a server stop and sends them once after', async () => {
  const first = await startTestApp(settings);
  lastfm.outages = Number.MAX_SAFE_INTEGER;
  const sam = await connected(first, 'Sam');
  await submit(first, sam.listenToken, 'import', [1_700_002_001, 1_700_002_002]);
  const tried = () => lastfm.requests.filter((r) => r.body.includes('method=track.scrobble')).length;
  await pollUntil(
    async () => tried(),
    (n) => n >= 2,
    30_000,
  );
  first.server.closeAllConnections();
  first.server.close();
  await first.app.close();
  lastfm.outages = 0;
  const second = await startTestApp({ ...settings, db: first.config.db });
  try {
    await pollUntil(
      async () => lastfm.scrobbles.length,
      (n) => n >= 2,
      30_000,
    );
    expect(scrobbledSeconds()).toEqual([1_700_002_001, 1_700_002_002]);
    const status = (await request(second.server).get('/api/v1/listens/relay').expect(200)).body as ListenRelayStatusDto;
    expect(status.queued.lastfm).toBe(0);
  } finally {
    await second.close();
    rmSync(first.config.paths.dataDir, { recursive: true, force: true });
  }
});

it('marks the connection broken when Last.fm no longer knows the session, and stops relaying', async () => {
  const app = await startTestApp(settings);
  try {
    const sam = await connected(app, 'Sam');
    lastfm.revokeSessions();
    await submit(app, sam.listenToken, 'single', [1_700_003_001]);
    const broken = await pollUntil(
      async () => (await request(app.server).get(`/api/v1/listeners/${sam.id}`).expect(200)).body as ListenerDto,
      (listener) => listener.lastfmBroken !== undefined,
      30_000,
    );
    expect(broken.lastfmBroken).toContain('Invalid session key');
    const status = (await request(app.server).get('/api/v1/listens/relay').expect(200)).body as ListenRelayStatusDto;
    expect(status.queued.lastfm).toBe(0);
    const calls = lastfm.requests.length;
    await submit(app, sam.listenToken, 'single', [1_700_003_002]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(lastfm.requests.length).toBe(calls);
    // Connecting again mends it.
    const again = await connect(app, sam.id);
    expect(again.lastfmBroken).toBeUndefined();
    await submit(app, sam.listenToken, 'single', [1_700_003_003]);
    await pollUntil(
      async () => lastfm.scrobbles.length,
      (n) => n >= 1,
      30_000,
    );
    expect(scrobbledSeconds()).toEqual([1_700_003_003]);
  } finally {
    await app.close();
  }
});
