import { jest } from '@jest/globals';
import request from 'supertest';
import { type JobDto, JobState, JobStreamEvent } from '@app/contracts';
import { JobEventBus } from '@app/jobs';
import { openEventStream, type SseMessage } from './support/event-stream.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { type Server, waitForJob } from './support/wait-for-job.js';

let testApp: TestApp;
let server: Server;
let openSubscriptions = 0;

beforeAll(async () => {
  testApp = await startTestApp();
  server = testApp.server;
  const bus = testApp.app.get(JobEventBus);
  const subscribe = bus.subscribe.bind(bus);
  jest.spyOn(bus, 'subscribe').mockImplementation((listener) => {
    openSubscriptions += 1;
    const unsubscribe = subscribe(listener);
    return () => {
      openSubscriptions -= 1;
      unsubscribe();
    };
  });
});

afterAll(async () => {
  await testApp.close();
});

/** An open `GET /api/v1/events` through the API key's door. */
const openStream = (query = '') => openEventStream(testApp.baseUrl, {}, query);

const jobOf = (message: SseMessage): JobDto | undefined => ('job' in message.data ? message.data.job : undefined);

it('streams job.created, then job.updated up to FINALIZED, and unsubscribes when the client leaves', async () => {
  const stream = await openStream();
  expect(stream.response.status).toBe(200);
  expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  expect(stream.response.headers.get('x-accel-buffering')).toBe('no');
  expect(openSubscriptions).toBe(1);

  const job = (await request(server).post('/api/v1/jobs').send({ query: 'slow:60 streamed' }).expect(201))
    .body as JobDto;
  const created = await stream.readUntil((m) => m.event === JobStreamEvent.Created);
  expect(created.data).toEqual({
    type: JobStreamEvent.Created,
    job: expect.objectContaining({ id: job.id, state: JobState.ResolvingIdentity }),
  });
  await stream.readUntil((m) => m.event === JobStreamEvent.Updated && jobOf(m)?.state === JobState.Finalized);

  const events = stream.received.filter(
    (m) => jobOf(m)?.id === job.id || ('jobId' in m.data && m.data.jobId === job.id),
  );
  expect(events.every((m) => m.event === m.data.type)).toBe(true);
  expect(events.some((m) => m.event === JobStreamEvent.Progress)).toBe(true);

  stream.close();
  await waitUntil(() => openSubscriptions === 0);
});

it('sends only the events of one job with ?jobId=', async () => {
  const watched = (await request(server).post('/api/v1/jobs').send({ query: 'ask watched' }).expect(201))
    .body as JobDto;
  const waiting = await waitForJob(server, watched.id, (job) => job.status === 'waiting');
  const stream = await openStream(`?jobId=${watched.id}`);

  const other = (await request(server).post('/jobs').send({ query: 'not watched' }).expect(201)).body as JobDto;
  await waitForJob(server, other.id, (job) => job.state === JobState.Finalized);
  await request(server)
    .post(`/api/v1/jobs/${watched.id}/input`)
    .send({ choice: waiting.candidates![0]!.id })
    .expect(200);
  await stream.readUntil((m) => jobOf(m)?.state === JobState.Finalized);
  stream.close();

  const ids = stream.received.map((m) => jobOf(m)?.id ?? ('jobId' in m.data ? m.data.jobId : undefined));
  expect(new Set(ids)).toEqual(new Set([watched.id]));
});

async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
