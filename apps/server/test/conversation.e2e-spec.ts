// Requests in plain words end to end: the real resolver against the fake music world on 127.0.0.1, whose catalogue
// has one song in a studio, a live and an acoustic recording.
import request from 'supertest';
import { DataSource } from 'typeorm';
import { type JobDto, type JobEventDto, JobState, type JobStreamMessage, type SearchResponseDto } from '@app/contracts';
import { JobEventBus } from '@app/jobs';
import { DEFAULT_SONGS, DISCOGRAPHY_SONGS, VERSIONED_SONGS } from '@app/testing';
import { sessionCookieOf, setUpAdmin } from './support/admin-session.js';
import { openEventStream, type SseMessage } from './support/event-stream.js';
import { type MusicWorldApp, startMusicWorldApp } from './support/music-world-app.js';
import { waitForJob } from './support/wait-for-job.js';

let world: MusicWorldApp;
let sessionCookie: string;

beforeAll(async () => {
  const songs = [...DEFAULT_SONGS, ...VERSIONED_SONGS, ...DISCOGRAPHY_SONGS].map((s) => ({ ...s }));
  world = await startMusicWorldApp({}, { songs });
  sessionCookie = await setUpAdmin(world);
});

afterAll(async () => {
  await world.close();
});

const search = async (body: object, cookie?: string): Promise<SearchResponseDto> => {
  const call = request(cookie ? world.publicUrl : world.server).post('/api/v1/search');
  if (cookie) void call.set('Cookie', cookie).set('Origin', world.publicUrl);
  return (await call.send(body).expect(200)).body as SearchResponseDto;
};

const shown = (answer: SearchResponseDto) =>
  answer.questions.map((q) => `${q.prompt} ${q.options.map((o) => o.label).join(' · ')}`);

describe('POST /api/v1/search', () => {
  it('asks which version and whether the album is meant, from the recordings the providers list', async () => {
    const answer = await search({ query: 'hollow crown by marrow lane' });
    expect(answer.status).toBe('questions');
    expect(shown(answer)).toEqual([
      'Which version? Studio 2003 · Live in Madrid 2004 · Acoustic',
      'Album or just the song? Just the song · The whole album',
    ]);
    expect(answer.results).toEqual([]);
    expect(answer.constraints).toMatchObject({ artist: 'marrow lane', title: 'hollow crown' });
  });

  it('answers with results once the questions are answered, the chosen version first with why', async () => {
    const answer = await search({
      query: 'hollow crown by marrow lane',
      answers: { version: 'live:madrid', kind: 'track' },
    });
    expect(answer.status).toBe('results');
    expect(answer.results[0]).toMatchObject({ title: 'Hollow Crown (Live in Madrid)', version: 'Live in Madrid' });
    expect(answer.results[0]!.why).toMatch(/^Best match \(\d+%\) · Live in Madrid, as you chose · 2004$/);
    expect(answer.results.map((r) => r.version).sort()).toEqual(['Acoustic', 'Live in Madrid', 'Studio']);
  });

  it('asks nothing the words settle', async () => {
    const answer = await search({ query: 'the acoustic version of hollow crown by marrow lane, just the song' });
    expect(answer).toMatchObject({ status: 'results', questions: [] });
    expect(answer.results[0]).toMatchObject({ version: 'Acoustic' });
    expect(answer.results[0]!.why).toContain('the acoustic version you asked for');
  });

  it('takes the defaults on skip: the studio song', async () => {
    const answer = await search({ query: 'hollow crown by marrow lane', skip: true });
    expect(answer.results[0]).toMatchObject({ version: 'Studio', kind: 'track', year: 2003 });
  });

  it('publishes every answer on the job event stream, as the API answered it', async () => {
    const seen: JobStreamMessage[] = [];
    const stop = world.app.get(JobEventBus).subscribe((m) => seen.push(m));
    const answer = await search({ query: 'glass orchard' });
    stop();
    expect(seen.filter((m) => m.type === 'search.answered')).toEqual([
      { type: 'search.answered', person: 'api', search: answer },
    ]);
  });
});

describe('discography and latest browse', () => {
  it.each([
    [
      'latest Ash Meridian EP',
      { artist: 'Ash Meridian', kind: 'ep', latest: true },
      ['Tidal Static (EP, 2019)', 'Fog Lines (EP, 2010)'],
    ],
    [
      "ash meridian's newest album",
      { kind: 'album', latest: true },
      ['Underpass (Album, 2012)', 'Quiet Districts (Album, 2008)'],
    ],
    ['the most recent single by Ash Meridian', { kind: 'single', latest: true }, ['Last Train (Single, 2021)']],
    ['Ash Meridian discography', { kind: 'discography' }, ['Quiet Districts (Album, 2008)', 'Underpass (Album, 2012)']],
    [
      'everything by ash meridian',
      { kind: 'discography' },
      ['Quiet Districts (Album, 2008)', 'Underpass (Album, 2012)'],
    ],
  ])('%s → the artist releases from MusicBrainz, as album cards', async (query, constraints, cards) => {
    const answer = await search({ query });
    expect(answer).toMatchObject({ status: 'results', questions: [], constraints });
    expect(answer.results.map((r) => `${r.title} (${r.version}, ${r.year})`)).toEqual(cards);
    expect(answer.results.every((r) => r.kind === 'album' && r.request.kind === 'album')).toBe(true);
    expect(answer.results[0]!.request.query).toBe(`Ash Meridian - ${answer.results[0]!.title}`);
  });

  it('says why the first card is there', async () => {
    const answer = await search({ query: 'latest Ash Meridian EP' });
    expect(answer.results[0]!.why).toBe('Newest EP by Ash Meridian · 2019-03-22');
  });

  it('starts an album job for a picked card', async () => {
    const answer = await search({ query: 'Ash Meridian discography' });
    const picked = (
      await request(world.server)
        .post('/api/v1/search/pick')
        .send({ searchId: answer.searchId, resultId: 'r2' })
        .expect(201)
    ).body as JobDto;
    expect(picked).toMatchObject({ kind: 'album', query: 'Ash Meridian - Underpass' });
    await request(world.server).post(`/api/v1/jobs/${picked.id}/cancel`).expect(200);
  });

  it('shows the recordings found when the artist is unknown to the catalogue', async () => {
    const answer = await search({ query: 'the latest paper lanterns album' });
    expect(answer.status).toBe('results');
    expect(answer.results[0]).toMatchObject({ kind: 'album', title: 'Harbour Lights' });
  });
});

describe('preferences and history per person', () => {
  it('remembers answers as preferences that then settle the same question', async () => {
    await search(
      { query: 'hollow crown by marrow lane', answers: { version: 'live:madrid', kind: 'track' }, remember: true },
      sessionCookie,
    );
    const preferences = await request(world.publicUrl)
      .get('/api/v1/search/preferences')
      .set('Cookie', sessionCookie)
      .expect(200);
    expect(preferences.body).toEqual({ version: 'live', kind: 'track' });
    const again = await search({ query: 'hollow crown by marrow lane' }, sessionCookie);
    expect(again.status).toBe('results');
    expect(again.results[0]!.why).toContain('Live in Madrid, your preference');
    // Another caller (the API key) has preferences of its own.
    expect((await request(world.server).get('/api/v1/search/preferences').expect(200)).body).toEqual({});
  });

  it('lets preferences be edited: null forgets one', async () => {
    const put = (body: object) =>
      request(world.publicUrl)
        .put('/api/v1/search/preferences')
        .set('Cookie', sessionCookie)
        .set('Origin', world.publicUrl)
        .send(body);
    expect((await put({ format: 'flac', version: null }).expect(200)).body).toEqual({ kind: 'track', format: 'flac' });
    const answer = await search({ query: 'hollow crown by marrow lane' }, sessionCookie);
    expect(answer.status).toBe('questions');
    expect(answer.questions.map((q) => q.id)).toEqual(['version']);
  });

  it('keeps each person their own history, newest first, and clears it', async () => {
    const mine = await request(world.publicUrl).get('/api/v1/search/history').set('Cookie', sessionCookie).expect(200);
    expect(mine.body.map((e: { query: string }) => e.query)).toEqual([
      'hollow crown by marrow lane',
      'hollow crown by marrow lane',
      'hollow crown by marrow lane',
    ]);
    const api = await request(world.server).get('/api/v1/search/history').expect(200);
    expect(api.body.map((e: { query: string }) => e.query)).toContain('glass orchard');
    await request(world.server).delete('/api/v1/search/history').expect(200, { removed: api.body.length });
    expect((await request(world.server).get('/api/v1/search/history').expect(200)).body).toEqual([]);
    expect(
      (await request(world.publicUrl).get('/api/v1/search/history').set('Cookie', sessionCookie).expect(200)).body,
    ).toHaveLength(3);
  });
});

describe('POST /api/v1/search/pick', () => {
  it('starts the request job for the picked result straight in DOWNLOADING, with the recording the person saw', async () => {
    const answer = await search({
      query: 'hollow crown by marrow lane',
      answers: { version: 'live:madrid', kind: 'track' },
    });
    const picked = (
      await request(world.server)
        .post('/api/v1/search/pick')
        .send({ searchId: answer.searchId, resultId: 'r1' })
        .expect(201)
    ).body as JobDto;
    expect(picked).toMatchObject({
      kind: 'track',
      query: 'Marrow Lane - Hollow Crown (Live in Madrid)',
      state: JobState.Downloading,
    });
    const history = (await request(world.server).get(`/api/v1/jobs/${picked.id}/history`).expect(200))
      .body as JobEventDto[];
    expect(history[0]).toMatchObject({ type: 'created', from: null, to: JobState.Downloading });
    expect(history[0]!.reason).toMatch(
      new RegExp(
        `^Picked by a person from search ${answer.searchId} \\(result r1: 'Hollow Crown \\(Live in Madrid\\)' by Marrow Lane, Live in Madrid\\)\\. Best source: .+ \\(score [\\d.]+\\); \\d kept to fall back on$`,
      ),
    );
    // Neither resolved nor searched again.
    expect(history.map((e) => e.to)).not.toContain(JobState.ResolvingIdentity);
    expect(history.map((e) => e.to)).not.toContain(JobState.Searching);
    // The rest of the system hears of the download starting, as when a job enters DOWNLOADING.
    const announced = await world.app
      .get(DataSource)
      .createQueryBuilder()
      .select('outbox.state', 'state')
      .from('job_outbox', 'outbox')
      .where('outbox.job_id = :id', { id: picked.id })
      .getRawMany<{ state: string }>();
    expect(announced.map((row) => row.state)).toContain(JobState.Downloading);
    const done = await waitForJob(
      world.server,
      picked.id,
      (j) => j.state === JobState.Finalized || j.status !== 'running',
      60_000,
    );
    expect(done.state).toBe(JobState.Finalized);
    expect(JSON.stringify(done.result)).toContain('Live in Madrid');
  });

  it.each([
    ['a search not in the history', { searchId: '00000000-0000-4000-8000-000000000000', resultId: 'r1' }, 404],
    ['no searchId', { resultId: 'r1' }, 400],
    ['a malformed resultId', { searchId: '00000000-0000-4000-8000-000000000000', resultId: '1; drop' }, 400],
  ])('refuses %s', async (_name, body, status) => {
    const res = await request(world.server).post('/api/v1/search/pick').send(body).expect(status);
    if (status === 400) expect(res.body.errors[0].field).toMatch(/searchId|resultId/);
  });
});

describe('validation', () => {
  it.each([
    [{}, 'query'],
    [{ query: '   ' }, 'query'],
    [{ query: 'x'.repeat(501) }, 'query'],
    [{ query: 'numb', preferences: { format: 'wav' } }, 'preferences.format'],
    [{ query: 'numb', preferences: 'studio' }, 'preferences'],
    [{ query: 'numb', answers: { kind: 'box set' } }, 'answers.kind'],
    [{ query: 'numb', skip: 'yes' }, 'skip'],
  ])('answers 400 naming the field (%#)', async (body, field) => {
    const res = await request(world.server).post('/api/v1/search').send(body).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('answers 503 with the reason while no provider can be searched, and 200 again once they answer', async () => {
    const searched = ['musicbrainz', 'itunes', 'deezer', 'youtube_music'] as const;
    for (const target of searched) world.world.failNext(target, 400, 1000);
    try {
      const res = await request(world.server).post('/api/v1/search').send({ query: 'ember tide by marrow lane' });
      expect(res.status).toBe(503);
      expect(res.body.message).toMatch(/^The catalogue cannot be searched: Every metadata provider failed/);
    } finally {
      for (const target of searched) world.world.failNext(target, 400, 0);
    }
    await search({ query: 'ember tide by marrow lane' });
  });

  it('answers 400 naming the field for a bad preference', async () => {
    const res = await request(world.server).put('/api/v1/search/preferences').send({ kind: 'podcast' }).expect(400);
    expect(res.body.errors[0].field).toBe('kind');
  });
});

describe('search.answered on GET /api/v1/events', () => {
  it('reaches only the person who asked: two signed-in users (one the admin) and the API key each see their own', async () => {
    const second = { username: 'listener', password: 'another long enough secret' };
    await request(world.publicUrl)
      .post('/api/v1/auth/users')
      .set('Cookie', sessionCookie)
      .set('Origin', world.publicUrl)
      .send(second)
      .expect(201);
    const secondCookie = sessionCookieOf(
      await request(world.publicUrl).post('/api/v1/auth/login').set('Origin', world.publicUrl).send(second).expect(200),
    );
    const streams = {
      admin: await openEventStream(world.publicUrl, { cookie: sessionCookie }),
      listener: await openEventStream(world.publicUrl, { cookie: secondCookie }),
      api: await openEventStream(world.publicUrl, { 'x-api-key': world.apiKey }),
    };
    try {
      // Published in this order on one bus: a stream that got everyone's answers would hold the others' before its last.
      const adminFirst = await search({ query: 'glass orchard', skip: true }, sessionCookie);
      const byKey = await search({ query: 'teardrop atlas', skip: true });
      const listeners = await search({ query: 'paper lanterns', skip: true }, secondCookie);
      const adminLast = await search({ query: 'copper sky', skip: true }, sessionCookie);
      const answered = (m: SseMessage) => (m.data.type === 'search.answered' ? m.data.search.searchId : undefined);
      const idsUntil = async (stream: (typeof streams)['admin'], last: string) => {
        await stream.readUntil((m) => answered(m) === last);
        return stream.received.map(answered).filter(Boolean);
      };
      expect(await idsUntil(streams.admin, adminLast.searchId)).toEqual([adminFirst.searchId, adminLast.searchId]);
      expect(await idsUntil(streams.listener, listeners.searchId)).toEqual([listeners.searchId]);
      expect(await idsUntil(streams.api, byKey.searchId)).toEqual([byKey.searchId]);
      const persons = streams.admin.received.filter((m) => m.data.type === 'search.answered').map((m) => m.data);
      expect(persons.every((m) => 'person' in m && m.person.startsWith('user:'))).toBe(true);
    } finally {
      Object.values(streams).forEach((stream) => stream.close());
    }
  });
});
