// The resolver end to end: the real steps and providers, each provider a loopback fake serving recorded
// answers (or constructed ones, see their .source.txt), driven through the HTTP API as a person would.
import request from 'supertest';
import {
  type JobDto,
  type JobEventDto,
  JobEventType,
  JobState,
  JobStatus,
  type ResolveResultDto,
} from '@app/contracts';
import type { FakeHandler, FakeRequest } from '@app/testing';
import {
  asRecorded,
  cassetteFixture,
  EMPTY_ANSWERS,
  type FakeProviderId,
  type PipelineApp,
  providerFixture,
  startPipelineApp,
} from './support/pipeline-app.js';
import { isFinished, type Server, waitForJob } from './support/wait-for-job.js';

const TEEN_SPIRIT = providerFixture('musicbrainz/fuzzbin_recording_search_smells_like_teen_spirit_rgid.json');
const CANONICAL = '5fb524f1-8cc8-4c04-a921-e34c0a911ea7';
const ABSTRAKT_MB = providerFixture('musicbrainz/constructed_recording_search_abstrakt_nobody_else.json');
const ABSTRAKT_DEEZER = providerFixture('deezer/constructed_search_track_abstrakt_nobody_else.json');
const ABSTRAKT_ISRC = cassetteFixture('ytmusic/spotdl_ytm_search_isrc_GB2LD2210007.yaml');
const CLEAR_QUERY = 'Abstrakt - Nobody Else';

const searched = (r: FakeRequest): string => (JSON.parse(r.body || '{}') as { query?: string }).query ?? '';

/** MusicBrainz and Deezer list the Abstrakt recording; YouTube Music finds it by its ISRC, nothing by words. */
const ABSTRAKT: Partial<Record<FakeProviderId, FakeHandler>> = {
  musicbrainz: () => asRecorded(ABSTRAKT_MB),
  deezer: () => asRecorded(ABSTRAKT_DEEZER),
  youtube_music: (r) => (searched(r) === 'GB2LD2210007' ? asRecorded(ABSTRAKT_ISRC) : EMPTY_ANSWERS.youtube_music(r)),
};

let pipeline: PipelineApp;
let server: Server;

beforeAll(async () => {
  pipeline = await startPipelineApp({
    jobs: { maxAttempts: 2, retryBaseMs: 20, retryMaxMs: 50 },
    // No name resolves here, which the source policy would refuse before yt-dlp runs; these tests are about what
    // the resolver decides (the policy has its own), so every source goes to the missing yt-dlp as before.
    sources: { allowPrivate: true },
  });
  server = pipeline.server;
});

afterAll(async () => {
  await pipeline.close();
});

beforeEach(() => pipeline.serve());

const createJob = async (body: object): Promise<JobDto> =>
  (await request(server).post('/jobs').send(body).expect(201)).body as JobDto;

const historyOf = async (id: string): Promise<JobEventDto[]> =>
  (await request(server).get(`/api/v1/jobs/${id}/history`).expect(200)).body as JobEventDto[];

const path = (history: JobEventDto[]) => history.map((e) => `${e.type} ${e.from ?? '-'}>${e.to}`);

const isWaiting = (job: JobDto) => job.status === JobStatus.Waiting;

describe('GET /api/v1/parse', () => {
  it('splits a query without separator, the most plausible split first', async () => {
    const res = await request(server).get('/api/v1/parse?q=numb%20linkin%20park').expect(200);
    expect(res.body).toMatchObject({ input: 'numb linkin park', separator: 'none', title: 'numb linkin park' });
    expect(res.body.splits[0]).toEqual({ artist: 'linkin park', title: 'numb' });
  });

  it.each([
    ['without q', '/api/v1/parse'],
    ['with q over 2000 characters', `/api/v1/parse?q=${'x'.repeat(2001)}`],
  ])('answers 400 naming q %s', async (_name, url) => {
    const res = await request(server).get(url).expect(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      errors: [{ field: 'q', message: expect.stringContaining('q') }],
    });
  });
});

describe('POST /api/v1/resolve', () => {
  it('answers the decision and the ranked candidates with reasons, and creates no job', async () => {
    pipeline.serve(ABSTRAKT);
    const res = await request(server).post('/api/v1/resolve').send({ query: CLEAR_QUERY }).expect(200);
    const body = res.body as ResolveResultDto;
    expect(body).toMatchObject({
      query: CLEAR_QUERY,
      understood: { title: 'Nobody Else', artists: ['Abstrakt'] },
      decision: { level: 'strong', reason: expect.stringMatching(/^2 providers agree on 2:42; /) },
      asked: ['MusicBrainz', 'iTunes Search', 'Deezer'],
      failures: [],
    });
    expect(body.candidates).toHaveLength(1);
    expect(body.candidates[0]).toMatchObject({
      label: expect.stringContaining("'Nobody Else' by Abstrakt"),
      score: expect.any(Number),
      reasons: expect.arrayContaining(["title 'Nobody Else' matches", "artist 'Abstrakt' matches"]),
      recording: { isrcs: ['GB2LD2210007'], alsoFrom: [{ provider: 'deezer', providerId: '1684567142' }] },
    });
    expect(pipeline.fakes.youtube_music.requests).toHaveLength(0);
    expect(
      ((await request(server).get('/api/v1/jobs').expect(200)).body as { totalRecords: number }).totalRecords,
    ).toBe(0);
  });

  it('answers "medium" for a title alone, the recordings ranked with their reasons', async () => {
    pipeline.serve({ musicbrainz: () => asRecorded(TEEN_SPIRIT) });
    const res = await request(server).post('/api/v1/resolve').send({ query: 'smells like teen spirit' }).expect(200);
    const body = res.body as ResolveResultDto;
    expect(body).toMatchObject({
      understood: { title: 'smells like teen spirit', artists: [] },
      decision: { level: 'medium', reason: expect.stringMatching(/, but no artist to confirm it$/) },
    });
    expect(body.candidates).toHaveLength(10);
    expect(body.candidates.map((c) => c.score)).toEqual([...body.candidates.map((c) => c.score)].sort((a, b) => b - a));
    expect(body.candidates[0]).toMatchObject({ score: 1, recording: { providerId: CANONICAL } });
    expect(body.candidates[4]?.reasons[0]).toBe("disambiguation says 'live', the request did not");
  });

  it.each([{}, { query: '' }, { query: 42 }])('answers 400 naming query for %j', async (body) => {
    const res = await request(server).post('/api/v1/resolve').send(body).expect(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([{ field: 'query', message: expect.stringContaining('query') }]),
    );
  });
});

describe('a vague query', () => {
  it('waits for a choice, then searches audio for the recording chosen', async () => {
    pipeline.serve({ musicbrainz: () => asRecorded(TEEN_SPIRIT) });
    const created = await createJob({ query: 'smells like teen spirit' });
    const waiting = await waitForJob(server, created.id, isWaiting);
    expect(waiting.state).toBe(JobState.UserIntentSelection);
    const candidates = waiting.candidates ?? [];
    expect(candidates.length).toBeGreaterThan(1);
    for (const c of candidates) {
      expect(c).toMatchObject({ stage: 'intent', score: expect.any(Number), reasons: expect.any(Array) });
      expect(c.reasons.length).toBeGreaterThan(0);
    }
    const canonical = candidates.find((c) => c.payload['providerId'] === CANONICAL);
    expect(canonical).toMatchObject({
      index: 0,
      score: 1,
      reasons: ["title 'Smells Like Teen Spirit' matches", expect.any(String), 'an audio recording'],
    });

    const resumed = await request(server)
      .post(`/jobs/${created.id}/input`)
      .send({ choice: canonical!.index })
      .expect(200);
    expect(resumed.body).toMatchObject({ state: JobState.Searching, status: JobStatus.Running });
    const failed = await waitForJob(server, created.id, isFinished);
    expect(failed).toMatchObject({
      state: JobState.Failed,
      error: {
        state: JobState.Searching,
        message: "No audio source at YouTube Music is close enough to 'Smells Like Teen Spirit' by Nirvana",
      },
    });
    expect(pipeline.fakes.youtube_music.requests.map(searched)).toEqual([
      'USGF19942501',
      'Nirvana Smells Like Teen Spirit',
      'Nirvana Smells Like Teen Spirit',
    ]);
    const history = await historyOf(created.id);
    expect(path(history)).toEqual([
      'created ->RESOLVING_IDENTITY',
      'transition RESOLVING_IDENTITY>USER_INTENT_SELECTION',
      'input USER_INTENT_SELECTION>SEARCHING',
      'transition SEARCHING>FAILED',
    ]);
    // The query names no artist, so no split of it is taken for one and nothing can confirm the best.
    expect(history[1]?.reason).toMatch(
      /^Not sure \(medium\): 'Smells Like Teen Spirit' by Nirvana \(musicbrainz 5fb524f1-.* at distance 0\.000, .*, but no artist to confirm it$/,
    );
    expect(history[2]?.reason).toBe(`Chose intent candidate #${canonical!.index} from musicbrainz`);
  });
});

describe('a clear query', () => {
  it('goes from identity to sources without asking, then to DOWNLOADING (offline here, so it fails there)', async () => {
    pipeline.serve(ABSTRAKT);
    const created = await createJob({ query: CLEAR_QUERY });
    const failed = await waitForJob(server, created.id, isFinished);
    expect(failed).toMatchObject({
      state: JobState.Failed,
      error: {
        state: JobState.Downloading,
        message: expect.stringMatching(
          /^No source could be downloaded \(https:\/\/music\.youtube\.com\/watch\?v=nfyk-V5CoIE: .*truetrack-test-no-yt-dlp/,
        ),
      },
    });
    const history = await historyOf(created.id);
    expect(path(history)).toEqual([
      'created ->RESOLVING_IDENTITY',
      'transition RESOLVING_IDENTITY>SEARCHING',
      'transition SEARCHING>DOWNLOADING',
      'transition DOWNLOADING>FAILED',
    ]);
    expect(history[1]?.reason).toBe(
      "Strong match: 2 providers agree on 2:42; 'Nobody Else' by Abstrakt " +
        '(musicbrainz d1cff09b-383f-48ab-a334-053a765969a7) at distance 0.000, the only candidate',
    );
    expect(history[1]?.data).toMatchObject({
      recording: { mbid: 'd1cff09b-383f-48ab-a334-053a765969a7', isrcs: ['GB2LD2210007'] },
      providerFailures: [],
    });
    expect(history[2]?.reason).toBe(
      "Best source: 'Nobody Else' on Abstrakt (youtube_music nfyk-V5CoIE) (score 0.998); 1 kept to fall back on",
    );
    expect(history[2]?.data).toMatchObject({
      sources: [
        {
          provider: 'youtube_music',
          id: 'nfyk-V5CoIE',
          url: 'https://music.youtube.com/watch?v=nfyk-V5CoIE',
          score: 0.998,
          reasons: expect.arrayContaining(['duration 2:43 vs 2:42 (1 s longer)', "title 'Nobody Else' matches"]),
        },
      ],
      sourceIndex: 0,
      sourceFailures: [],
    });
    expect(pipeline.fakes.youtube_music.requests.map(searched)[0]).toBe('GB2LD2210007');
  });

  it('waits for a choice anyway when the request asks to be asked', async () => {
    pipeline.serve(ABSTRAKT);
    const created = await createJob({ query: CLEAR_QUERY, options: { ask: true } });
    const waiting = await waitForJob(server, created.id, isWaiting);
    expect(waiting.state).toBe(JobState.UserIntentSelection);
    expect(waiting.candidates?.map((c) => c.payload['providerId'])).toEqual(['d1cff09b-383f-48ab-a334-053a765969a7']);
    const [, asked] = await historyOf(created.id);
    expect(asked?.reason).toMatch(/^Asked to confirm: 2 providers agree on 2:42; /);
    expect(pipeline.fakes.youtube_music.requests).toHaveLength(0);
    await request(server).post(`/jobs/${created.id}/cancel`).expect(200);
  });
});

describe('failing providers', () => {
  it('goes on with the providers that answer and records the one that failed', async () => {
    pipeline.serve({ ...ABSTRAKT, musicbrainz: () => ({ status: 500, body: 'Internal Server Error' }) });
    const created = await createJob({ query: CLEAR_QUERY });
    const job = await waitForJob(server, created.id, (j) => isWaiting(j) || isFinished(j));
    expect(job.state).toBe(JobState.UserIntentSelection);
    expect(job.candidates?.map((c) => [c.provider, c.payload['providerId']])).toEqual([['deezer', '1684567142']]);
    expect(pipeline.fakes.musicbrainz.requests).toHaveLength(3);
    const [, decided] = await historyOf(created.id);
    expect(decided?.data).toMatchObject({
      providerFailures: [{ provider: 'MusicBrainz', message: expect.stringMatching(/\/ws\/2\/recording: HTTP 500$/) }],
    });
    await request(server).post(`/jobs/${created.id}/cancel`).expect(200);
  });

  it('retries the step when every metadata provider fails', async () => {
    const down: FakeHandler = () => ({ status: 500, body: 'Internal Server Error' });
    pipeline.serve({ musicbrainz: down, deezer: down, itunes: down });
    const created = await createJob({ query: CLEAR_QUERY });
    const failed = await waitForJob(server, created.id, isFinished, 20_000);
    const history = await historyOf(created.id);
    expect(path(history)).toEqual([
      'created ->RESOLVING_IDENTITY',
      'retry-scheduled RESOLVING_IDENTITY>RESOLVING_IDENTITY',
      'transition RESOLVING_IDENTITY>FAILED',
    ]);
    expect(history[1]).toMatchObject({
      type: JobEventType.RetryScheduled,
      reason: expect.stringMatching(/^Attempt 1 failed: Every metadata provider failed \(MusicBrainz: .*HTTP 500/),
    });
    expect(failed).toMatchObject({
      state: JobState.Failed,
      error: { state: JobState.ResolvingIdentity, retryable: true },
    });
    expect(history[2]?.reason).toMatch(/^Gave up after 2 attempts: Every metadata provider failed \(MusicBrainz: /);
    expect(failed.error?.message).toMatch(
      /^Every metadata provider failed \(MusicBrainz: .*; iTunes Search: .*; Deezer: /,
    );
  });
});
