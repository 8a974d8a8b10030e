import { jest } from '@jest/globals';
import type { MessageEvent } from '@nestjs/common';
import { type JobDto, JobState, JobStreamEvent, type JobStreamMessage, type SearchResponseDto } from '@app/contracts';
import { HEARTBEAT_MS, jobEventStream } from './job-event-stream.js';

class FakeBus {
  readonly listeners = new Set<(message: JobStreamMessage) => void>();

  subscribe(listener: (message: JobStreamMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(message: JobStreamMessage): void {
    this.listeners.forEach((listener) => listener(message));
  }
}

const job = (id: string) => ({ id, state: JobState.Searching }) as JobDto;
const updated = (id: string): JobStreamMessage => ({ type: JobStreamEvent.Updated, job: job(id) });
const progress = (jobId: string): JobStreamMessage => ({
  type: JobStreamEvent.Progress,
  jobId,
  state: JobState.Downloading,
  progress: { fraction: 0.5 },
});

const answered = (person: string): JobStreamMessage => ({
  type: 'search.answered',
  person,
  search: { searchId: `search-of-${person}` } as SearchResponseDto,
});

describe('jobEventStream', () => {
  let bus: FakeBus;
  let received: MessageEvent[];

  beforeEach(() => {
    jest.useFakeTimers();
    bus = new FakeBus();
    received = [];
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('names each message after its event type and sends it whole as data', () => {
    const sut = jobEventStream(bus).subscribe((m) => received.push(m));
    bus.publish(updated('a'));
    bus.publish(progress('b'));
    expect(received).toEqual([
      { type: 'job.updated', data: updated('a') },
      { type: 'job.progress', data: progress('b') },
    ]);
    sut.unsubscribe();
  });

  it('keeps only the given job with jobId', () => {
    const sut = jobEventStream(bus, { jobId: 'a' }).subscribe((m) => received.push(m));
    [updated('b'), progress('b'), updated('a'), progress('a')].forEach((m) => bus.publish(m));
    expect(received.map((m) => m.data)).toEqual([updated('a'), progress('a')]);
    sut.unsubscribe();
  });

  it.each([
    ['user:1', ['user:1']],
    ['user:2', ['user:2']],
    ['api', ['api']],
    [undefined, []],
  ])('gives the viewer %s only their own search answers, and every job event', (viewer, persons) => {
    const sut = jobEventStream(bus, viewer === undefined ? {} : { viewer }).subscribe((m) => received.push(m));
    [answered('user:1'), answered('user:2'), answered('api'), updated('a')].forEach((m) => bus.publish(m));
    expect(received.map((m) => m.data)).toEqual([...persons.map(answered), updated('a')]);
    sut.unsubscribe();
  });

  it('sends a comment every 15 s and nothing before', () => {
    const sut = jobEventStream(bus).subscribe((m) => received.push(m));
    jest.advanceTimersByTime(HEARTBEAT_MS - 1);
    expect(received).toEqual([]);
    jest.advanceTimersByTime(1 + HEARTBEAT_MS);
    expect(received).toEqual([{ comment: 'heartbeat' }, { comment: 'heartbeat' }]);
    sut.unsubscribe();
  });

  it('stops listening and beating once unsubscribed', () => {
    const sut = jobEventStream(bus, { heartbeatMs: 100 }).subscribe((m) => received.push(m));
    expect(bus.listeners.size).toBe(1);
    sut.unsubscribe();
    expect(bus.listeners.size).toBe(0);
    jest.advanceTimersByTime(1000);
    expect(received).toEqual([]);
  });
});
