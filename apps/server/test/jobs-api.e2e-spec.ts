import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { type JobDto, JobEventType, JobKind, JobState, JobStatus, type Page } from '@app/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { isFinished, type Server, waitForJob } from './support/wait-for-job.js';

let testApp: TestApp;
let server: Server;

beforeAll(async () => {
  testApp = await startTestApp();
  server = testApp.server;
});

afterAll(async () => {
  await testApp.close();
});

const createJob = async (body: object, base = '/api/v1/jobs'): Promise<JobDto> =>
  (await request(server).post(base).send(body).expect(201)).body as JobDto;

describe('job options', () => {
  it('keeps an output format chosen for one job', async () => {
    const created = await createJob({ query: 'numb linkin park', options: { format: 'mp3-v0' } });
    expect(created.options).toEqual({ format: 'mp3-v0' });
  });
});

describe.each(['/api/v1/jobs', '/jobs'])('the job API at %s', (base) => {
  it('creates a job, shows it, runs it to FINALIZED and lists its history', async () => {
    const created = await createJob({ query: '  numb linkin park  ', kind: 'track', options: { ask: false } }, base);
    expect(created).toMatchObject({
      kind: JobKind.Track,
      query: 'numb linkin park',
      options: { ask: false },
      status: JobStatus.Running,
      state: JobState.ResolvingIdentity,
      error: null,
    });

    const done = await waitForJob(server, created.id, isFinished);
    expect(done).toMatchObject({
      state: JobState.Finalized,
      status: JobStatus.Success,
      result: { path: `/library/${created.id}.opus` },
    });
    expect((await request(server).get(`${base}/${created.id}`).expect(200)).body).toEqual(done);

    const history = (await request(server).get(`${base}/${created.id}/history`).expect(200)).body as {
      to: JobState;
      type: JobEventType;
    }[];
    expect(history[0]).toMatchObject({
      type: JobEventType.Created,
      from: null,
      to: JobState.ResolvingIdentity,
      reason: 'Requested: numb linkin park',
    });
    expect(history.at(-1)).toMatchObject({ type: JobEventType.Transition, to: JobState.Finalized });
  });

  it('answers 404 for an unknown id on every job route', async () => {
    const id = randomUUID();
    for (const [method, path] of [
      ['get', ''],
      ['get', '/history'],
      ['post', '/cancel'],
      ['post', '/retry'],
    ] as const) {
      const res = await request(server)[method](`${base}/${id}${path}`).expect(404);
      expect(res.body).toEqual({ statusCode: 404, error: 'Not Found', message: `No job with id ${id}`, errors: [] });
    }
    await request(server).post(`${base}/${id}/input`).send({ choice: 0 }).expect(404);
  });
});

describe('POST /api/v1/jobs with an Idempotency-Key', () => {
  it('returns the same job for the same key and body, also 201', async () => {
    const key = `replay-${randomUUID()}`;
    const first = await request(server)
      .post('/api/v1/jobs')
      .set('Idempotency-Key', key)
      .send({ query: 'hang@SEARCHING same key' })
      .expect(201);
    const again = await request(server)
      .post('/jobs')
      .set('Idempotency-Key', key)
      .send({ query: ' hang@SEARCHING same key ' })
      .expect(201);
    expect(again.body.id).toBe(first.body.id);
    await request(server).post(`/api/v1/jobs/${first.body.id}/cancel`).expect(200);
  });

  it('refuses the key with another body: 422', async () => {
    const key = `conflict-${randomUUID()}`;
    await request(server)
      .post('/api/v1/jobs')
      .set('Idempotency-Key', key)
      .send({ query: 'fatal@RESOLVING_IDENTITY one' })
      .expect(201);
    const res = await request(server)
      .post('/api/v1/jobs')
      .set('Idempotency-Key', key)
      .send({ query: 'fatal@RESOLVING_IDENTITY two' })
      .expect(422);
    expect(res.body).toEqual({
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: 'This Idempotency-Key was already used with a different request body',
      errors: [],
    });
  });

  it('makes exactly 20 jobs from 200 concurrent requests with 20 keys', async () => {
    const run = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        request(server)
          .post('/api/v1/jobs')
          .set('Idempotency-Key', `${run}-${i % 20}`)
          .send({ query: `fatal@RESOLVING_IDENTITY concurrent ${run} ${i % 20}` }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(200).fill(201));
    const idsByKey = new Map<number, Set<string>>();
    responses.forEach((r, i) => idsByKey.set(i % 20, (idsByKey.get(i % 20) ?? new Set()).add(r.body.id as string)));
    expect([...idsByKey.values()].map((ids) => ids.size)).toEqual(Array(20).fill(1));
    const page = (
      await request(server)
        .get('/api/v1/jobs')
        .query({ q: `concurrent ${run}`, pageSize: 500 })
        .expect(200)
    ).body as Page<JobDto>;
    expect(page.totalRecords).toBe(20);
  });
});

describe('a job that asks for a choice', () => {
  it('waits with its candidates, refuses a bad choice naming `choice`, and finishes with a good one', async () => {
    const created = await createJob({ query: 'ask vague words' });
    const waiting = await waitForJob(server, created.id, (job) => job.status === JobStatus.Waiting);
    expect(waiting.state).toBe(JobState.UserIntentSelection);
    expect(waiting.candidates?.map((c) => [c.index, c.score])).toEqual([
      [0, 0.61],
      [1, 0.58],
      [2, 0.4],
    ]);

    for (const choice of [7, 'not-a-candidate']) {
      const res = await request(server).post(`/api/v1/jobs/${created.id}/input`).send({ choice }).expect(400);
      expect(res.body.errors).toEqual([{ field: 'choice', message: expect.stringContaining('choice') }]);
    }

    const resumed = await request(server)
      .post(`/jobs/${created.id}/input`)
      .send({ choice: waiting.candidates![1]!.id })
      .expect(200);
    expect(resumed.body).toMatchObject({ state: JobState.Searching, status: JobStatus.Running });
    expect((await waitForJob(server, created.id, isFinished)).state).toBe(JobState.Finalized);

    const res = await request(server).post(`/api/v1/jobs/${created.id}/input`).send({ choice: 0 }).expect(409);
    expect(res.body.message).toMatch(/is not waiting for input/);
  });
});

describe('cancel and retry', () => {
  it('cancels a running download; cancelling again is a no-op; a cancelled job is not retried', async () => {
    const created = await createJob({ query: 'hang@DOWNLOADING' });
    await waitForJob(server, created.id, (job) => job.state === JobState.Downloading);
    const cancelled = await request(server).post(`/api/v1/jobs/${created.id}/cancel`).expect(200);
    expect(cancelled.body).toMatchObject({ state: JobState.Cancelled, status: JobStatus.Cancelled });
    const again = await request(server).post(`/jobs/${created.id}/cancel`).expect(200);
    expect(again.body).toEqual(cancelled.body);
    const retry = await request(server).post(`/api/v1/jobs/${created.id}/retry`).expect(409);
    expect(retry.body).toMatchObject({
      statusCode: 409,
      error: 'Conflict',
      message: expect.stringMatching(/cancelled/),
    });
  });

  it('refuses to cancel a finished job: 409', async () => {
    const created = await createJob({ query: 'finishes quickly' });
    await waitForJob(server, created.id, isFinished);
    const res = await request(server).post(`/api/v1/jobs/${created.id}/cancel`).expect(409);
    expect(res.body.message).toMatch(/has already finished/);
  });

  it('retries a failed job from the step it failed in; refuses to retry a job that did not fail', async () => {
    const created = await createJob({ query: 'fatal@SEARCHING' });
    const failed = await waitForJob(server, created.id, isFinished);
    expect(failed).toMatchObject({
      state: JobState.Failed,
      error: { code: 'permanent', state: JobState.Searching, message: 'scripted permanent failure in SEARCHING' },
    });
    const retried = await request(server).post(`/api/v1/jobs/${created.id}/retry`).expect(200);
    expect(retried.body).toMatchObject({ state: JobState.Searching, status: JobStatus.Running, error: null });
    await waitForJob(server, created.id, isFinished);

    const running = await createJob({ query: 'hang@RESOLVING_IDENTITY' });
    await request(server).post(`/jobs/${running.id}/retry`).expect(409);
    await request(server).post(`/jobs/${running.id}/cancel`).expect(200);
  });
});

describe('GET /api/v1/jobs', () => {
  const run = randomUUID().slice(0, 8);
  let failed: JobDto;
  let waiting: JobDto;

  beforeAll(async () => {
    // An import starts at EXTRACTING, where the scripted step fails it.
    failed = await createJob({ query: `fatal@EXTRACTING list ${run} Alpha`, kind: 'import' });
    // Finished before the next one starts, so the two never share a creation millisecond.
    await waitForJob(server, failed.id, isFinished);
    waiting = await createJob({ query: `ask list ${run} beta` });
    await waitForJob(server, waiting.id, (job) => job.status === JobStatus.Waiting);
  });

  afterAll(async () => {
    await request(server).post(`/api/v1/jobs/${waiting.id}/cancel`);
  });

  const ids = async (query: Record<string, string | number>) =>
    (
      (
        await request(server)
          .get('/api/v1/jobs')
          .query({ q: `list ${run}`, ...query })
          .expect(200)
      ).body as Page<JobDto>
    ).records.map((j) => j.id);

  it('pages, newest first, with the total', async () => {
    const page = (
      await request(server)
        .get('/jobs')
        .query({ q: `LIST ${run}`, page: 1, pageSize: 1 })
        .expect(200)
    ).body as Page<JobDto>;
    expect(page).toMatchObject({ page: 1, pageSize: 1, totalRecords: 2 });
    expect(page.records.map((j) => j.id)).toEqual([waiting.id]);
    expect(await ids({ page: 2, pageSize: 1 })).toEqual([failed.id]);
    expect(await ids({ page: 3, pageSize: 1 })).toEqual([]);
  });

  it.each<[string, Record<string, string>, () => string[]]>([
    ['one status', { status: 'error' }, () => [failed.id]],
    ['a comma list of statuses', { status: 'error,waiting' }, () => [waiting.id, failed.id]],
    ['a state', { state: 'USER_INTENT_SELECTION' }, () => [waiting.id]],
    ['a kind', { kind: 'import' }, () => [failed.id]],
    ['words of the query, any case', { q: `${run} alpha` }, () => [failed.id]],
  ])('filters by %s', async (_name, query, expected) => {
    expect(await ids(query)).toEqual(expected());
  });

  it('accepts a repeated status parameter', async () => {
    const res = await request(server).get(`/api/v1/jobs?q=list%20${run}&status=error&status=waiting`).expect(200);
    expect((res.body as Page<JobDto>).totalRecords).toBe(2);
  });
});
