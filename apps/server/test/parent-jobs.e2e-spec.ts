import request from 'supertest';
import { type CreateListResponse, type JobDto, JobKind, JobState, JobStatus, type Page } from '@app/contracts';
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

const postList = async (body: object): Promise<CreateListResponse> =>
  (await request(server).post('/api/v1/lists').send(body).expect(201)).body as CreateListResponse;

describe('POST /api/v1/lists', () => {
  it('creates a list job and one track job per entry, names skipped lines, and ends when the tracks end', async () => {
    const text = 'artist,title\nLinkin Park,plain Numb\n,\nDaft Punk,plain Derezzed\n';
    const created = await postList({ text, fileName: 'favourites.csv', options: { format: 'mp3-v0' } });
    expect(created.format).toBe('csv');
    expect(created.skipped).toEqual([{ line: 3, reason: 'no title' }]);
    expect(created.job).toMatchObject({
      kind: JobKind.List,
      query: 'List: favourites.csv (2 entries)',
      state: JobState.AwaitingChildren,
      status: JobStatus.Running,
      options: { format: 'mp3-v0' },
    });
    expect(created.job.children?.map((c) => [c.id, c.query])).toEqual([
      [created.childIds[0], 'Linkin Park - plain Numb'],
      [created.childIds[1], 'Daft Punk - plain Derezzed'],
    ]);

    const done = await waitForJob(server, created.job.id, isFinished);
    expect(done).toMatchObject({ state: JobState.Finalized, status: JobStatus.Success });
    expect(done.result).toEqual({ children: 2, succeeded: 2, failed: 0, cancelled: 0 });
    const child = (await request(server).get(`/api/v1/jobs/${created.childIds[0]}`).expect(200)).body as JobDto;
    expect(child).toMatchObject({ parentId: created.job.id, options: { format: 'mp3-v0' } });

    const page = (await request(server).get(`/api/v1/jobs?parentId=${created.job.id}`).expect(200))
      .body as Page<JobDto>;
    expect(page.records.map((j) => j.id).sort()).toEqual([...created.childIds].sort());
  });

  it.each([
    ['empty text', { text: '' }, 'text'],
    ['text without a request', { text: '# only a comment\n\n' }, 'text'],
    ['a file name that is no string', { text: 'x'.repeat(10), fileName: 7 }, 'fileName'],
    ['2001 entries', { text: Array.from({ length: 2001 }, (_, i) => `song ${i}`).join('\n') }, 'text'],
  ])('refuses %s, naming the field', async (_name, body, field) => {
    const response = await request(server).post('/api/v1/lists').send(body).expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('refuses kind list on POST /jobs, pointing at the list route', async () => {
    const response = await request(server).post('/api/v1/jobs').send({ kind: 'list', query: 'x' }).expect(400);
    expect(response.body.errors).toEqual([{ field: 'kind', message: expect.stringContaining('/api/v1/lists') }]);
  });

  it('shows the mean progress of the tracks, and a cancel through the API cancels the unfinished ones', async () => {
    const created = await postList({ text: 'plain quick\nhang@DOWNLOADING stuck\nask waits' });
    const [quickId, stuckId, waitingId] = created.childIds as [string, string, string];
    await waitForJob(server, quickId, isFinished);
    await waitForJob(server, stuckId, (j) => j.state === JobState.Downloading);
    await waitForJob(server, waitingId, (j) => j.status === JobStatus.Waiting);

    const parent = (await request(server).get(`/api/v1/jobs/${created.job.id}`).expect(200)).body as JobDto;
    const fractions = parent.children!.map((c) => (c.status === JobStatus.Success ? 1 : c.progress));
    expect(parent.progress.fraction).toBeCloseTo(fractions.reduce((a, b) => a + b, 0) / 3, 3);
    expect(parent.progress.fraction).toBeGreaterThan(1 / 3);
    expect(parent.progress.fraction).toBeLessThan(1);

    const cancelled = (await request(server).post(`/api/v1/jobs/${created.job.id}/cancel`).expect(200)).body as JobDto;
    expect(cancelled.state).toBe(JobState.Cancelled);
    const after = (await request(server).get(`/api/v1/jobs/${created.job.id}`).expect(200)).body as JobDto;
    expect(after.children!.map((c) => c.state)).toEqual([JobState.Finalized, JobState.Cancelled, JobState.Cancelled]);
    await request(server).post(`/api/v1/jobs/${created.job.id}/retry`).expect(409);
  });

  it('retries the failed tracks of a finished list through the API', async () => {
    const created = await postList({ text: 'plain fine\nfatal@STORING broken' });
    const done = await waitForJob(server, created.job.id, isFinished);
    expect(done.result).toMatchObject({ succeeded: 1, failed: 1 });
    const retried = (await request(server).post(`/api/v1/jobs/${created.job.id}/retry`).expect(200)).body as JobDto;
    // Reopened; the retried track may already have failed again and ended it.
    expect([JobState.AwaitingChildren, JobState.Finalized]).toContain(retried.state);
    const history = (await request(server).get(`/api/v1/jobs/${created.childIds[1]}/history`).expect(200)).body;
    expect(history.filter((e: { type: string }) => e.type === 'retried')).toHaveLength(1);
    await waitForJob(server, created.job.id, isFinished);
  });
});
