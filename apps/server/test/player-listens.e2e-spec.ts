// Plays in TrueTrack's own player recorded as listens of the signed-in user's listener (source `player`).
import request from 'supertest';
import type { ListenDto, ListenerDto } from '@app/contracts';
import { setUpAdmin } from './support/admin-session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
let cookie: string;

beforeAll(async () => {
  app = await startTestApp();
  cookie = await setUpAdmin(app);
});

afterAll(() => app.close());

const played = (body: object) => request(app.publicUrl).post('/api/v1/listens/played').set('Cookie', cookie).send(body);

it("records a play as a listen of the signed-in user's own listener", async () => {
  const answer = await played({
    artistName: ' Nirvana ',
    trackName: 'Smells Like Teen Spirit',
    releaseName: 'Nevermind',
    durationMs: 301_000,
    recordingMbid: '5FB524F1-8CC8-4C04-A921-E34C0A911EA7',
    listenedAt: '2025-03-01T20:15:00.000Z',
  }).expect(201);
  const mine = (await request(app.publicUrl).post('/api/v1/listeners/me').set('Cookie', cookie).expect(200))
    .body as ListenerDto;
  expect(answer.body).toEqual({ listenerId: mine.id, listenedAt: '2025-03-01T20:15:00.000Z' });

  const listens = (await request(app.publicUrl).get('/api/v1/listens/recent').set('Cookie', cookie).expect(200))
    .body as ListenDto[];
  expect(listens).toHaveLength(1);
  expect(listens[0]).toMatchObject({
    listenerId: mine.id,
    artistName: 'Nirvana',
    trackName: 'Smells Like Teen Spirit',
    releaseName: 'Nevermind',
    durationMs: 301_000,
    recordingMbid: '5fb524f1-8cc8-4c04-a921-e34c0a911ea7',
    source: 'player',
    client: 'TrueTrack player',
  });

  // The same play reported twice is one listen; a play without a time is dated now.
  await played({ artistName: 'Nirvana', trackName: 'Smells Like Teen Spirit', listenedAt: '2025-03-01T20:15:00.000Z' });
  const before = Date.now();
  const now = (await played({ artistName: 'Hole', trackName: 'Celebrity Skin' }).expect(201)).body as {
    listenedAt: string;
  };
  expect(Date.parse(now.listenedAt)).toBeGreaterThanOrEqual(before - 1000);
  const after = (await request(app.publicUrl).get('/api/v1/listens/recent').set('Cookie', cookie).expect(200))
    .body as ListenDto[];
  expect(after.map((listen) => listen.trackName)).toEqual(['Celebrity Skin', 'Smells Like Teen Spirit']);
});

it('is only for a signed-in user: the API key alone has no listener to play as', async () => {
  const response = await request(app.server)
    .post('/api/v1/listens/played')
    .send({ artistName: 'A', trackName: 'B' })
    .expect(400);
  expect(JSON.stringify(response.body)).toContain('session');
});

it.each([
  ['no artist', 'artistName', { trackName: 'B' }],
  ['an empty title', 'trackName', { artistName: 'A', trackName: '' }],
  ['a control character', 'artistName', { artistName: 'A\u0000', trackName: 'B' }],
  ['a negative length', 'durationMs', { artistName: 'A', trackName: 'B', durationMs: -1 }],
  ['a recording that is no UUID', 'recordingMbid', { artistName: 'A', trackName: 'B', recordingMbid: 'x' }],
  ['a time that is no date', 'listenedAt', { artistName: 'A', trackName: 'B', listenedAt: 'yesterday' }],
  ['a time before 2002-10-01', 'listenedAt', { artistName: 'A', trackName: 'B', listenedAt: '1999-01-01T00:00:00Z' }],
  [
    'a time tomorrow',
    'listenedAt',
    { artistName: 'A', trackName: 'B', listenedAt: new Date(Date.now() + 86_400_000).toISOString() },
  ],
])('refuses %s, naming %s', async (_why, field, body) => {
  const response = await played(body).expect(400);
  expect(JSON.stringify(response.body)).toContain(field);
});
