import request from 'supertest';
import type { ApiErrorBody, JobDto } from '@app/contracts';
import { startTestApp, type TestApp } from './support/test-app.js';
import { type Server, waitForJob } from './support/wait-for-job.js';

let testApp: TestApp;
let server: Server;
let waitingJobId: string;

beforeAll(async () => {
  testApp = await startTestApp();
  server = testApp.server;
  const created = (await request(server).post('/api/v1/jobs').send({ query: 'ask hostile' }).expect(201))
    .body as JobDto;
  waitingJobId = (await waitForJob(server, created.id, (job) => job.status === 'waiting')).id;
});

afterAll(async () => {
  await testApp.close();
});

const JSON_TYPE = { 'content-type': 'application/json' };
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));
const nested = (depth: number, open: string, close: string, inner = '1') =>
  open.repeat(depth) + inner + close.repeat(depth);

interface HostileCase {
  name: string;
  body: string | Buffer;
  headers?: Record<string, string>;
  path?: 'create' | 'input';
  status: number;
  field?: string;
}

const cases: HostileCase[] = [
  { name: 'an empty body', body: '', status: 400, field: 'query' },
  { name: 'null', body: 'null', status: 400, field: 'body' },
  { name: 'true', body: 'true', status: 400, field: 'body' },
  { name: 'a number', body: '42', status: 400, field: 'body' },
  { name: 'a string', body: '"numb"', status: 400, field: 'body' },
  { name: 'an empty array', body: '[]', status: 400, field: 'body' },
  { name: 'an array of valid bodies', body: '[{"query":"numb"}]', status: 400, field: 'body' },
  { name: 'truncated JSON', body: '{"query":', status: 400, field: 'body' },
  { name: 'a trailing comma', body: '{"query":"numb",}', status: 400, field: 'body' },
  { name: 'single quotes', body: "{'query':'numb'}", status: 400, field: 'body' },
  { name: 'garbage after the object', body: '{"query":"numb"}garbage', status: 400, field: 'body' },
  { name: 'a __proto__ key', body: '{"__proto__":{"polluted":true},"query":"numb"}', status: 400, field: '__proto__' },
  {
    name: 'an escaped __proto__ key',
    body: '{"\\u005f_proto__":{"x":1},"query":"numb"}',
    status: 400,
    field: '__proto__',
  },
  {
    name: 'a nested __proto__ key',
    body: '{"query":"numb","options":{"__proto__":{"ask":true}}}',
    status: 400,
    field: 'options.__proto__',
  },
  {
    name: 'a constructor.prototype key',
    body: '{"constructor":{"prototype":{"x":1}},"query":"numb"}',
    status: 400,
    field: 'constructor',
  },
  {
    name: 'objects nested 5000 deep',
    body: `{"query":"numb","options":${nested(5000, '{"a":', '}')}}`,
    status: 400,
    field: 'options.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a',
  },
  { name: 'arrays nested 100000 deep', body: `{"query":"numb","options":${nested(100_000, '[', ']')}}`, status: 400 },
  { name: 'a bare array nested deeply', body: nested(200_000, '[', ']'), status: 400, field: 'body' },
  {
    name: '20000 unknown keys',
    body: `{"query":"numb",${Array.from({ length: 20_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`,
    status: 400,
    field: 'k0',
  },
  { name: 'a query of 900 kB', body: JSON.stringify({ query: 'a'.repeat(900_000) }), status: 400, field: 'query' },
  {
    name: 'a body over 1 MB',
    body: JSON.stringify({ query: 'numb', pad: 'a'.repeat(1_100_000) }),
    status: 413,
    field: 'body',
  },
  {
    name: 'invalid UTF-8 in the query',
    body: bytes('{"query":"numb ', [0xff, 0xfe], '"}'),
    status: 400,
    field: 'body',
  },
  { name: 'an overlong UTF-8 slash', body: bytes('{"query":"', [0xc0, 0xaf], '"}'), status: 400, field: 'body' },
  {
    name: 'a UTF-8 encoded surrogate',
    body: bytes('{"query":"', [0xed, 0xa0, 0x80], '"}'),
    status: 400,
    field: 'body',
  },
  { name: 'an escaped lone surrogate', body: '{"query":"numb \\udc00"}', status: 400, field: 'query' },
  { name: 'a NUL character', body: '{"query":"numb\\u0000.mp3"}', status: 400, field: 'query' },
  { name: 'an infinite number', body: '{"query":1e999}', status: 400, field: 'query' },
  { name: 'a query operator object', body: '{"query":"numb","kind":{"$ne":null}}', status: 400, field: 'kind' },
  {
    name: 'a duplicate key with a bad last value',
    body: '{"query":"numb","options":{"ask":true,"ask":"no"}}',
    status: 400,
    field: 'options.ask',
  },
  {
    name: 'a latin1 charset',
    body: '{"query":"numb"}',
    headers: { 'content-type': 'application/json; charset=latin1' },
    status: 415,
    field: 'body',
  },
  {
    name: 'a UTF-16 charset',
    body: Buffer.from('{"query":"numb"}', 'utf16le'),
    headers: { 'content-type': 'application/json; charset=utf-16' },
    status: 415,
    field: 'body',
  },
  {
    name: 'text/plain JSON',
    body: '{"query":"numb"}',
    headers: { 'content-type': 'text/plain' },
    status: 400,
    field: 'query',
  },
  {
    name: 'a form body',
    body: 'query=numb',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    status: 400,
    field: 'query',
  },
  {
    name: 'gzip that is not gzip',
    body: '{"query":"numb"}',
    headers: { ...JSON_TYPE, 'content-encoding': 'gzip' },
    status: 400,
    field: 'body',
  },
  {
    name: 'an unknown content encoding',
    body: '{"query":"numb"}',
    headers: { ...JSON_TYPE, 'content-encoding': 'compress' },
    status: 415,
    field: 'body',
  },
  {
    name: 'a choice with a __proto__ key',
    body: '{"choice":0,"__proto__":{"x":1}}',
    path: 'input',
    status: 400,
    field: '__proto__',
  },
  { name: 'a choice as a huge number', body: '{"choice":1e308}', path: 'input', status: 400, field: 'choice' },
  { name: 'a choice nested deeply', body: `{"choice":${nested(5000, '[', ']', '0')}}`, path: 'input', status: 400 },
  {
    name: 'a choice of 900 kB',
    body: JSON.stringify({ choice: 'c'.repeat(900_000) }),
    path: 'input',
    status: 400,
    field: 'choice',
  },
];

describe('hostile bodies get a 4xx, never a 5xx', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const url = c.path === 'input' ? `/api/v1/jobs/${waitingJobId}/input` : '/api/v1/jobs';
    const response = await fetch(`${testApp.baseUrl}${url}`, {
      method: 'POST',
      headers: c.headers ?? JSON_TYPE,
      body: typeof c.body === 'string' ? c.body : new Uint8Array(c.body),
    });
    const body = (await response.json()) as ApiErrorBody;
    expect({ status: response.status, body }).toMatchObject({ status: c.status, body: { statusCode: c.status } });
    if (c.field) expect(body.errors?.map((e) => e.field)).toContain(c.field);
  });

  it('has at least 30 of them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it('keeps the server answering, and the waiting job untouched', async () => {
    await request(server).get('/ping').expect(200, { status: 'ok' });
    await request(server).post('/api/v1/jobs').send({ query: 'fatal@RESOLVING_IDENTITY still fine' }).expect(201);
    const job = (await request(server).get(`/api/v1/jobs/${waitingJobId}`).expect(200)).body as JobDto;
    expect(job.status).toBe('waiting');
  });

  it('caps the list of field errors', async () => {
    const res = await request(server)
      .post('/api/v1/jobs')
      .send(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i])));
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(20);
    expect(res.body.message).toMatch(/\(and 81 more\)$/);
  });
});
