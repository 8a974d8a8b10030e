// The ListenBrainz-compatible intake against the whole server: the request bodies Navidrome and the Jellyfin
// ListenBrainz plugin send, ListenBrainz's own test bodies, and ListenBrainz's refusals, which store nothing.
import { readFile } from 'node:fs/promises';
import request from 'supertest';
import type { ListenDto, ListenerConnectionDto, ListenerDto } from '@app/contracts';
import { ListenStore } from '@app/listening';
import { startTestApp, type TestApp } from './support/test-app.js';

const FIXTURES = new URL('../../../libs/listening/test/fixtures/', import.meta.url);
const fixture = (name: string) => readFile(new URL(name, FIXTURES), 'utf8');

/**
 * The Navidrome and plugin bodies are built from their source code with illustrative values: where a value is a
 * placeholder rather than an MBID, a real MBID stands in, as a real client sends one (or leaves the key out).
 */
const withRealMbids = (body: string) =>
  body
    .replace('"<release-group MBID>"', '"ff7b5a5b-2c1e-3a55-b6e6-0b2d4c6f0a11"')
    .replace('"<release-track MBID>"', '"0c2a6f5e-6a7f-4f5b-9e0e-1a9d2b3c4d5e"');

let testApp: TestApp;
let listener: ListenerDto;

beforeAll(async () => {
  testApp = await startTestApp();
  listener = (await request(testApp.server).post('/api/v1/listeners').send({ name: 'Sam' }).expect(201))
    .body as ListenerDto;
});

afterAll(() => testApp.close());

/** Straight to the server, as a scrobbling client: no API key. */
const client = () => request(testApp.publicUrl);

const submit = (body: string, authorization = `Token ${listener.listenToken}`) =>
  client()
    .post('/listenbrainz/1/submit-listens')
    .set('Authorization', authorization)
    .set('Content-Type', 'application/json; charset=UTF-8')
    .send(body);

const recent = async (limit = 20) =>
  (await request(testApp.server).get('/api/v1/listens/recent').query({ limit, listenerId: listener.id }).expect(200))
    .body as ListenDto[];

const stored = () => testApp.app.get(ListenStore).count(listener.id);

describe('POST /listenbrainz/1/submit-listens', () => {
  it("stores Navidrome's single listen, sent with `Token` to the base URL Navidrome is given", async () => {
    const body = withRealMbids(await fixture('navidrome-listenbrainz-submit-single.request.json'));
    const response = await submit(body).expect(200);
    expect(response.body).toEqual({ status: 'ok' });
    const [listen] = await recent();
    expect(listen).toMatchObject({
      listenerId: listener.id,
      listenedAt: new Date(1_735_732_800_000).toISOString(),
      artistName: 'Rick Astley',
      trackName: 'Never Gonna Give You Up',
      releaseName: 'Whenever You Need Somebody',
      durationMs: 213_000,
      recordingMbid: '98255a8c-017a-4bc7-8dd6-1fa36124572b',
      source: 'listenbrainz-api',
      client: 'Navidrome',
    });
  });

  it("stores the Jellyfin plugin's listen, sent with a lower-case `token`", async () => {
    const body = JSON.parse(withRealMbids(await fixture('jellyfin-listenbrainz-plugin-submit.request.json'))) as {
      payload: { listened_at: number }[];
    };
    body.payload[0]!.listened_at += 300;
    await submit(JSON.stringify(body), `token ${listener.listenToken}`).expect(200);
    const [listen] = await recent();
    expect(listen).toMatchObject({
      listenedAt: new Date((1_735_732_800 + 300) * 1000).toISOString(),
      client: 'ListenBrainz plugin for Jellyfin',
      recordingMbid: '98255a8c-017a-4bc7-8dd6-1fa36124572b',
    });
  });

  it('stores the same play sent twice once', async () => {
    const before = await stored();
    await submit(withRealMbids(await fixture('navidrome-listenbrainz-submit-single.request.json'))).expect(200);
    expect(await stored()).toBe(before);
  });

  it("stores ListenBrainz's own import and additional_info bodies, and a single", async () => {
    const before = await stored();
    await submit(await fixture('listenbrainz-valid_import.json')).expect(200);
    await submit(await fixture('listenbrainz-additional_info.json')).expect(200);
    await submit(await fixture('listenbrainz-valid_single.json')).expect(200);
    expect(await stored()).toBe(before + 4);
    const titles = (await recent()).map((listen) => `${listen.artistName} - ${listen.trackName}`);
    expect(titles).toEqual(
      expect.arrayContaining(['Kanye West - Fade', 'The Black Keys - Sister', 'Majid Jordan - Every Step Every Way']),
    );
  });

  it('keeps playing_now out of the history', async () => {
    const before = await stored();
    await submit(await fixture('listenbrainz-valid_playing_now.json')).expect(200, { status: 'ok' });
    await submit(await fixture('listenbrainz-playing_now_with_duration_ms.json')).expect(200, { status: 'ok' });
    expect(await stored()).toBe(before);
  });

  it('takes 1000 listens in one request, past the 1 MB limit of the rest of the API', async () => {
    const before = await stored();
    const info = { note: 'x'.repeat(1200) };
    const payload = Array.from({ length: 1000 }, (_, i) => ({
      listened_at: 1_600_000_000 + i,
      track_metadata: { artist_name: 'Bulk', track_name: `Track ${i}`, additional_info: info },
    }));
    const body = JSON.stringify({ listen_type: 'import', payload });
    expect(body.length).toBeGreaterThan(1024 * 1024);
    await submit(body).expect(200);
    expect(await stored()).toBe(before + 1000);
  });

  describe('refuses as ListenBrainz does, and stores nothing of the request', () => {
    let before: number;
    beforeEach(async () => {
      before = await stored();
    });
    afterEach(async () => {
      expect(await stored()).toBe(before);
    });

    it('the Navidrome body with its placeholder MBID left in', async () => {
      const response = await submit(await fixture('navidrome-listenbrainz-submit-single.request.json')).expect(400);
      expect(response.body).toEqual({ code: 400, error: 'release_group_mbid MBID format invalid.' });
    });

    it('an import whose last listen is bad: none of its listens', async () => {
      const payload = [
        { listened_at: 1_700_000_000, track_metadata: { artist_name: 'A', track_name: 'Fine' } },
        { listened_at: 1_000_000_000, track_metadata: { artist_name: 'A', track_name: 'Too old' } },
      ];
      const response = await submit(JSON.stringify({ listen_type: 'import', payload })).expect(400);
      expect(response.body).toEqual({
        code: 400,
        error:
          'Value for key listened_at is too low. listened_at timestamp should be greater than 1033410600 (2002-10-01 00:00:00 UTC).',
      });
    });

    it('a body that is not JSON, sent as text/plain', async () => {
      const response = await client()
        .post('/listenbrainz/1/submit-listens')
        .set('Authorization', `Token ${listener.listenToken}`)
        .set('Content-Type', 'text/plain')
        .send('listen_type=single')
        .expect(400);
      expect(response.body.code).toBe(400);
      expect(response.body.error).toMatch(/^Cannot parse JSON document: /);
    });

    it('more than 1000 listens', async () => {
      const payload = Array.from({ length: 1001 }, (_, i) => ({
        listened_at: 1_700_000_000 + i,
        track_metadata: { artist_name: 'A', track_name: 'T' },
      }));
      const response = await submit(JSON.stringify({ listen_type: 'import', payload })).expect(400);
      expect(response.body).toEqual({
        code: 400,
        error: 'Too many listens. You may not submit more than 1000 listens at once.',
      });
    });

    it('a body over 10,240,000 bytes', async () => {
      const response = await submit(' '.repeat(10_240_001)).expect(400);
      expect(response.body).toEqual({ code: 400, error: 'Payload too large. Payload cannot exceed 10240000 bytes' });
    });

    it('a wrong token with a 401, before reading the body', async () => {
      const response = await submit('not json', 'Token 00000000-0000-4000-8000-000000000000').expect(401);
      expect(response.body).toEqual({ code: 401, error: 'Invalid authorization token.' });
    });

    it('no Authorization header, even with the API key', async () => {
      const response = await client()
        .post('/listenbrainz/1/submit-listens')
        .set('X-Api-Key', testApp.apiKey)
        .send(await fixture('listenbrainz-valid_single.json'))
        .expect(401);
      expect(response.body).toEqual({ code: 401, error: 'You need to provide an Authorization header.' });
    });
  });
});

describe('GET /listenbrainz/1/validate-token', () => {
  it("answers ListenBrainz's shapes for a valid and an invalid token, from the header or the query", async () => {
    const shapes = JSON.parse(await fixture('listenbrainz-validate-token.response.json')) as Record<
      'valid_example' | 'invalid_example',
      Record<string, unknown>
    >;
    const valid = await client()
      .get('/listenbrainz/1/validate-token')
      .set('Authorization', `Token ${listener.listenToken}`)
      .expect(200);
    expect(valid.body).toEqual({ ...shapes.valid_example, user_name: 'Sam' });
    const byQuery = await client().get('/listenbrainz/1/validate-token').query({ token: listener.listenToken });
    expect(byQuery.body).toEqual(valid.body);
    const invalid = await client().get('/listenbrainz/1/validate-token').query({ token: 'nope' }).expect(200);
    expect(invalid.body).toEqual(shapes.invalid_example);
  });

  it('answers 400 when no token is given', async () => {
    const response = await client().get('/listenbrainz/1/validate-token').expect(400);
    expect(response.body).toEqual({ code: 400, error: 'You need to provide an Authorization token.' });
  });
});

describe('listen tokens', () => {
  it('refuses the old token once a new one is made', async () => {
    const other = (await request(testApp.server).post('/api/v1/listeners').send({ name: 'Alex' }).expect(201))
      .body as ListenerDto;
    const renewed = (await request(testApp.server).post(`/api/v1/listeners/${other.id}/token`).expect(200))
      .body as ListenerDto;
    expect(renewed.listenToken).not.toBe(other.listenToken);
    const body = await fixture('listenbrainz-valid_single.json');
    await submit(body, `Token ${other.listenToken}`).expect(401);
    await submit(body, `Token ${renewed.listenToken}`).expect(200);
  });

  it('gives the URLs to paste into Navidrome and the Jellyfin plugin, which the intake answers on', async () => {
    const connection = (await request(testApp.server).get(`/api/v1/listeners/${listener.id}/connection`).expect(200))
      .body as ListenerConnectionDto;
    expect(connection).toEqual({
      listenToken: listener.listenToken,
      navidromeBaseUrl: `${testApp.baseUrl}/listenbrainz/1/`,
      jellyfinApiUrl: `${testApp.baseUrl}/listenbrainz`,
    });
    const navidrome = new URL('validate-token', connection.navidromeBaseUrl).pathname;
    const jellyfin = `${new URL(connection.jellyfinApiUrl).pathname}/1/validate-token`;
    for (const path of [navidrome, jellyfin]) {
      const response = await client().get(path).set('Authorization', `Token ${listener.listenToken}`).expect(200);
      expect(response.body.valid).toBe(true);
    }
  });
});

describe('GET /api/v1/listens/recent', () => {
  it('answers the newest listens first, at most `limit`', async () => {
    const listens = (
      await request(testApp.server)
        .get('/api/v1/listens/recent')
        .query({ limit: 50, listenerId: listener.id })
        .expect(200)
    ).body as ListenDto[];
    expect(listens).toHaveLength(50);
    const times = listens.map((listen) => listen.listenedAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('names the bad field', async () => {
    const response = await request(testApp.server).get('/api/v1/listens/recent').query({ limit: 0 }).expect(400);
    expect(JSON.stringify(response.body.errors)).toContain('limit');
  });

  it('needs the API key or a session', async () => {
    await client().get('/api/v1/listens/recent').expect(401);
  });
});
