// Listeners through /api/v1: profiles, an admin UI user's own listener, validation, and what a session sees.
import request from 'supertest';
import type { ListenDto, ListenerDto } from '@app/contracts';
import { ListenStore } from '@app/listening';
import { startTestApp, type TestApp } from './support/test-app.js';
import { setUpAdmin } from './support/admin-session.js';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(() => testApp.close());

const api = () => request(testApp.server);

describe('listener profiles', () => {
  it('are made with a listen token, a time zone and accounts, the ListenBrainz token never sent back', async () => {
    const created = (
      await api()
        .post('/api/v1/listeners')
        .send({ name: 'Robin', timeZone: 'Europe/Paris', listenBrainzUsername: 'robin', listenBrainzToken: 'secret' })
        .expect(201)
    ).body as ListenerDto;
    expect(created).toMatchObject({
      name: 'Robin',
      isUser: false,
      timeZone: 'Europe/Paris',
      listenBrainzUsername: 'robin',
      listenBrainzConnected: true,
    });
    expect(created.listenToken).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(created)).not.toContain('secret');
    const listed = (await api().get('/api/v1/listeners').expect(200)).body as ListenerDto[];
    expect(listed.map((listener) => listener.name)).toContain('Robin');
  });

  it('change only the fields given; null clears one', async () => {
    const created = (await api().post('/api/v1/listeners').send({ name: 'Kim', lastfmUsername: 'kim' }).expect(201))
      .body as ListenerDto;
    const changed = (
      await api().put(`/api/v1/listeners/${created.id}`).send({ timeZone: 'America/New_York', lastfmUsername: null })
    ).body as ListenerDto;
    expect(changed).toMatchObject({ name: 'Kim', timeZone: 'America/New_York', listenToken: created.listenToken });
    expect(changed.lastfmUsername).toBeUndefined();
  });

  it.each<[string, object, string]>([
    ['no name', {}, 'name'],
    ['an unknown time zone', { name: 'X', timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['a user name with spaces', { name: 'X', lastfmUsername: 'a b' }, 'lastfmUsername'],
  ])('refuse %s, naming the field', async (_, body, field) => {
    const response = await api().post('/api/v1/listeners').send(body).expect(400);
    expect(JSON.stringify(response.body.errors)).toContain(field);
  });

  it.each<[string, object, string]>([
    ['a null name', { name: null }, 'name'],
    ['an empty name', { name: '' }, 'name'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['a relay that is not a boolean', { relayLastfm: 'yes' }, 'relayLastfm'],
  ])('refuse a change to %s, naming the field, and keep the listener', async (what, body, field) => {
    const created = (
      await api()
        .post('/api/v1/listeners')
        .send({ name: `Kept (${what})` })
        .expect(201)
    ).body as ListenerDto;
    const response = await api().put(`/api/v1/listeners/${created.id}`).send(body).expect(400);
    expect(JSON.stringify(response.body.errors)).toContain(field);
    const kept = (await api().get(`/api/v1/listeners/${created.id}`).expect(200)).body as ListenerDto;
    expect(kept).toMatchObject({ name: created.name, timeZone: created.timeZone });
  });

  it('refuse a second listener of the same name', async () => {
    await api().post('/api/v1/listeners').send({ name: 'Twin' }).expect(201);
    await api().post('/api/v1/listeners').send({ name: 'Twin' }).expect(409);
  });

  it('answer 404 for an unknown id and 400 for a malformed one', async () => {
    await api().get('/api/v1/listeners/00000000-0000-4000-8000-000000000000').expect(404);
    const bad = await api().get('/api/v1/listeners/nope').expect(400);
    expect(JSON.stringify(bad.body.errors)).toContain('id');
  });
});

describe("an admin UI user's own listener", () => {
  let cookie: string;
  beforeAll(async () => {
    cookie = await setUpAdmin(testApp);
  });

  it('is made on first use under the user name, and the same one after', async () => {
    const first = (await request(testApp.publicUrl).post('/api/v1/listeners/me').set('Cookie', cookie).expect(200))
      .body as ListenerDto;
    expect(first).toMatchObject({ name: 'admin', isUser: true });
    const again = (await request(testApp.publicUrl).post('/api/v1/listeners/me').set('Cookie', cookie).expect(200))
      .body as ListenerDto;
    expect(again.id).toBe(first.id);
  });

  it('is only for a session: the API key alone has none', async () => {
    const response = await api().post('/api/v1/listeners/me').expect(400);
    expect(JSON.stringify(response.body.errors)).toContain('session');
  });

  it("scopes the recent listens to the user's own; the API key sees everyone's", async () => {
    const mine = (await request(testApp.publicUrl).post('/api/v1/listeners/me').set('Cookie', cookie))
      .body as ListenerDto;
    const other = (await api().post('/api/v1/listeners').send({ name: 'Other' }).expect(201)).body as ListenerDto;
    const listen = (artist: string) =>
      JSON.stringify({
        listen_type: 'single',
        payload: [{ listened_at: 1_700_000_000, track_metadata: { artist_name: artist, track_name: 'Song' } }],
      });
    for (const [who, artist] of [
      [mine, 'Mine'],
      [other, 'Theirs'],
    ] as const) {
      await request(testApp.publicUrl)
        .post('/listenbrainz/1/submit-listens')
        .set('Authorization', `Token ${who.listenToken}`)
        .send(listen(artist))
        .expect(200);
    }
    const seen = (await request(testApp.publicUrl).get('/api/v1/listens/recent').set('Cookie', cookie).expect(200))
      .body as ListenDto[];
    expect(seen.map((l) => l.artistName)).toEqual(['Mine']);
    const all = (await api().get('/api/v1/listens/recent').expect(200)).body as ListenDto[];
    expect(all.map((l) => l.artistName).sort()).toEqual(['Mine', 'Theirs']);
  });
});

describe('POST /api/v1/listeners/:id/import-file', () => {
  let robin: ListenerDto;
  beforeAll(async () => {
    robin = (await api().post('/api/v1/listeners').send({ name: 'Files' }).expect(201)).body as ListenerDto;
  });

  const upload = (body: string) =>
    api().post(`/api/v1/listeners/${robin.id}/import-file`).set('Content-Type', 'application/json').send(body);

  it('imports a ListenBrainz export and a Spotify extended streaming history, each listen once', async () => {
    const lbExport = [1_486_466_946, 1_486_466_992].map((at) => ({
      listened_at: at,
      track_metadata: { artist_name: 'Kanye West', track_name: `Fade ${at}`, additional_info: {} },
    }));
    const first = await upload(JSON.stringify(lbExport)).expect(200);
    expect(first.body).toEqual({ format: 'listenbrainz-export', listens: 2, skipped: 0 });
    await upload(JSON.stringify(lbExport)).expect(200);
    // Fields of Spotify's documented format, values made up; a year of it is several MB, past the 1 MB JSON limit.
    const spotify = Array.from({ length: 6000 }, (_, i) => ({
      ts: new Date(Date.UTC(2024, 0, 1) + i * 240_000).toISOString().replace('.000', ''),
      ms_played: i % 10 === 0 ? 5_000 : 200_000,
      master_metadata_track_name: `Song ${i}`,
      master_metadata_album_artist_name: 'Spotify Artist',
      master_metadata_album_album_name: 'Album',
      spotify_track_uri: `spotify:track:${i}`,
      conn_country: 'FR',
      platform: 'android',
    }));
    const body = JSON.stringify(spotify);
    expect(body.length).toBeGreaterThan(1024 * 1024);
    const second = await upload(body).expect(200);
    expect(second.body).toEqual({ format: 'spotify-extended-history', listens: 5400, skipped: 600 });
    const recent = (await api().get('/api/v1/listens/recent').query({ listenerId: robin.id, limit: 1000 }).expect(200))
      .body as ListenDto[];
    expect(recent[0]).toMatchObject({ source: 'file', artistName: 'Spotify Artist', trackName: 'Song 5999' });
    // The export sent twice is kept once.
    expect(await testApp.app.get(ListenStore).count(robin.id)).toBe(2 + 5400);
  });

  it('refuses a file it does not know, naming the body', async () => {
    const response = await upload('{"hello": "world"}').expect(400);
    expect(JSON.stringify(response.body.errors)).toContain('body');
  });

  it('needs the API key or a session', async () => {
    await request(testApp.publicUrl).post(`/api/v1/listeners/${robin.id}/import-file`).send('[]').expect(401);
  });
});
