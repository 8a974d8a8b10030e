import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { ApiErrorBody, JobDto } from '@app/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { type Server, waitForJob } from './support/wait-for-job.js';

let testApp: TestApp;
let server: Server;
let waitingJob: JobDto;

beforeAll(async () => {
  testApp = await startTestApp();
  server = testApp.server;
  const created = (await request(server).post('/api/v1/jobs').send({ query: 'ask validation' }).expect(201))
    .body as JobDto;
  waitingJob = await waitForJob(server, created.id, (job) => job.status === 'waiting');
});

afterAll(async () => {
  await testApp.close();
});

function expectFieldError(body: ApiErrorBody, field: string): void {
  expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  const error = body.errors?.find((e) => e.field === field);
  expect(error).toBeDefined();
  expect(error!.message).toContain(field);
  expect(body.message).toContain(field);
}

describe('POST /api/v1/jobs answers 400 naming the field', () => {
  it.each<[string, unknown]>([
    ['query', {}],
    ['query', { query: 42 }],
    ['query', { query: null }],
    ['query', { query: '' }],
    ['query', { query: '   \t ' }],
    ['query', { query: 'x'.repeat(2001) }],
    ['query', { query: ['numb'] }],
    ['query', { query: { text: 'numb' } }],
    ['query', { query: 'numb\u0000' }],
    ['query', { query: 'numb \ud800' }],
    ['kind', { query: 'numb', kind: 'song' }],
    ['kind', { query: 'numb', kind: 'TRACK' }],
    ['kind', { query: 'numb', kind: 1 }],
    ['options', { query: 'numb', options: 'ask' }],
    ['options', { query: 'numb', options: [] }],
    ['options', { query: 'numb', options: true }],
    ['options.ask', { query: 'numb', options: { ask: 'yes' } }],
    ['options.ask', { query: 'numb', options: { ask: 1 } }],
    ['options.ask', { query: 'numb', options: { ask: null } }],
    ['kind', { query: 'numb', kind: null }],
    ['options', { query: 'numb', options: null }],
    ['options.priority', { query: 'numb', options: { priority: 1 } }],
    ['options.format', { query: 'numb', options: { format: 'wav' } }],
    ['options.format', { query: 'numb', options: { format: 320 } }],
    ['extra', { query: 'numb', extra: 1 }],
  ])('%s in %j', async (field, body) => {
    const res = await request(server)
      .post('/api/v1/jobs')
      .send(body as object)
      .expect(400);
    expectFieldError(res.body, field);
  });

  it.each([[''], ['x'.repeat(256)], ['tab\there']])('Idempotency-Key %j', async (key) => {
    const res = await request(server)
      .post('/api/v1/jobs')
      .set('Idempotency-Key', key)
      .send({ query: 'numb' })
      .expect(400);
    expectFieldError(res.body, 'Idempotency-Key');
  });

  it('keeps a query of exactly 2000 characters', async () => {
    await request(server)
      .post('/api/v1/jobs')
      .send({ query: `fatal@RESOLVING_IDENTITY ${'x'.repeat(1975)}` })
      .expect(201);
  });
});

describe('POST /api/v1/jobs/:id/input answers 400 naming `choice`', () => {
  it.each<[string, unknown]>([
    ['choice', {}],
    ['choice', { choice: -1 }],
    ['choice', { choice: 1.5 }],
    ['choice', { choice: '' }],
    ['choice', { choice: '   ' }],
    ['choice', { choice: null }],
    ['choice', { choice: true }],
    ['choice', { choice: [0] }],
    ['choice', { choice: { index: 0 } }],
    ['choice', { choice: 'x'.repeat(256) }],
    ['choice', { choice: 3 }],
    ['choice', { choice: randomUUID() }],
    ['extra', { choice: 0, extra: true }],
  ])('%s in %j', async (field, body) => {
    const res = await request(server)
      .post(`/api/v1/jobs/${waitingJob.id}/input`)
      .send(body as object)
      .expect(400);
    expectFieldError(res.body, field);
  });
});

describe('GET /api/v1/jobs answers 400 naming the parameter', () => {
  it.each([
    ['status', 'status=bogus'],
    ['status', 'status=running,nope'],
    ['state', 'state=DONE'],
    ['kind', 'kind=song'],
    ['q', 'q=a&q=b'],
    ['page', 'page=0'],
    ['page', 'page=abc'],
    ['page', 'page=1.5'],
    ['page', 'page='],
    ['page', 'page=1&page=2'],
    ['pageSize', 'pageSize=0'],
    ['pageSize', 'pageSize=501'],
    ['pageSize', 'pageSize=-5'],
  ])('%s in ?%s', async (field, query) => {
    const res = await request(server).get(`/api/v1/jobs?${query}`).expect(400);
    expectFieldError(res.body, field);
  });

  it('ignores parameters it does not know', async () => {
    await request(server).get(`/api/v1/jobs?apikey=${testApp.apiKey}&page[$gt]=1`).expect(200);
  });
});

describe('an :id that is not a UUID', () => {
  it.each([
    ['get', '/api/v1/jobs/abc'],
    ['get', '/jobs/abc/history'],
    ['post', '/api/v1/jobs/1/cancel'],
    ['post', '/api/v1/jobs/null/retry'],
    ['post', `/jobs/${'a'.repeat(5000)}/input`],
    ['get', `/api/v1/jobs/${randomUUID()}x`],
  ] as const)('%s %s → 400 naming id', async (method, path) => {
    const res = await request(server)[method](path).send({ choice: 0 }).expect(400);
    expectFieldError(res.body, 'id');
  });

  it('GET /api/v1/events?jobId=nope → 400 naming jobId', async () => {
    const res = await request(server).get('/api/v1/events?jobId=nope').expect(400);
    expectFieldError(res.body, 'jobId');
  });
});
