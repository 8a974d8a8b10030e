import { jest } from '@jest/globals';
import request from 'supertest';
import { type JobDto, JobState, JobStreamEvent, type JobStreamMessage } from '@app/contracts';
import { JobEventBus } from '@app/jobs';
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

interface SseMessage {
  event: string;
  data: JobStreamMessage;
}

/** An open `GET /api/v1/events`, read frame by frame. */
async function openStream(query = '') {
  const abort = new AbortController();
  const response = await fetch(`${testApp.baseUrl}/api/v1/events${query}`, { signal: abort.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const received: SseMessage[] = [];
  let buffer = '';
  return {
    response,
    received,
    /** Reads until `until` holds for a received message; returns it. */
    async readUntil(until: (message: SseMessage) => boolean, timeoutMs = 10_000): Promise<SseMessage> {
      const deadline = setTimeout(() => abort.abort(new Error('no matching event in time')), timeoutMs);
      try {
        for (;;) {
          const frames = buffer.split('\n\n');
          buffer = frames.pop()!;
          for (const frame of frames) {
            const message = parseFrame(frame);
            if (!message) continue;
            received.push(message);
            if (until(message)) return message;
          }
          const { value, done } = await reader.read();
          if (done) throw new Error('the event stream ended');
          buffer += value;
        }
      } finally {
        clearTimeout(deadline);
      }
    },
    close: () => abort.abort(),
  };
}

function parseFrame(frame: string): SseMessage | undefined {
  const field = (name: string) =>
    frame
      .split('\n')
      .filter((line) => line.startsWith(`${name}: `))
      .map((line) => line.slice(name.length + 2))
      .join('\n');
  const data = field('data');
  return data ? { event: field('event'), data: JSON.parse(data) as JobStreamMessage } : undefined;
}

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
