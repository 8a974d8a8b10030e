import { TestBed } from '@angular/core/testing';
import { JobStreamEvent, type JobStreamMessage } from '@app/contracts';

import { makeJob } from '../testing';
import { JobEventsService } from './job-events.service';

/** Just enough of EventSource to drive the service by hand. */
class FakeSource {
  readyState = 0;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  private readonly listeners = new Map<string, (event: MessageEvent<string>) => void>();
  constructor(readonly url: string) {}
  addEventListener(name: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(name, listener);
  }
  emit(name: string, data: string) {
    this.listeners.get(name)?.(new MessageEvent(name, { data }));
  }
  close() {
    this.closed = true;
  }
}

describe('JobEventsService', () => {
  let sources: FakeSource[];
  let sut: JobEventsService;

  beforeEach(() => {
    vi.useFakeTimers();
    sources = [];
    sut = TestBed.inject(JobEventsService);
    sut.sourceFactory = (url) => {
      const source = new FakeSource(url);
      sources.push(source);
      return source as unknown as EventSource;
    };
  });

  afterEach(() => vi.useRealTimers());

  it('shares one connection, passes named events on and closes when the last subscriber leaves', () => {
    const a: JobStreamMessage[] = [];
    const b: JobStreamMessage[] = [];
    const subA = sut.messages.subscribe((m) => a.push(m));
    const subB = sut.messages.subscribe((m) => b.push(m));
    expect(sources).toHaveLength(1);
    expect(sources[0]!.url).toBe('/api/v1/events');
    sources[0]!.onopen?.();
    expect(sut.state()).toBe('live');

    const job = makeJob();
    sources[0]!.emit(JobStreamEvent.Updated, JSON.stringify({ type: JobStreamEvent.Updated, job }));
    sources[0]!.emit(JobStreamEvent.Updated, 'not json');
    expect(a).toEqual([{ type: JobStreamEvent.Updated, job }]);
    expect(b).toHaveLength(1);

    subA.unsubscribe();
    expect(sources[0]!.closed).toBe(false);
    subB.unsubscribe();
    expect(sources[0]!.closed).toBe(true);
    expect(sut.state()).toBe('offline');
  });

  it('opens a new connection after the server closed the stream for good', () => {
    const sub = sut.messages.subscribe();
    sources[0]!.readyState = 2;
    sources[0]!.onerror?.();
    expect(sut.state()).toBe('offline');
    vi.advanceTimersByTime(5_000);
    expect(sources).toHaveLength(2);
    sub.unsubscribe();
  });

  it('leaves reconnecting to the browser while the connection is only interrupted', () => {
    const sub = sut.messages.subscribe();
    sources[0]!.readyState = 0;
    sources[0]!.onerror?.();
    expect(sut.state()).toBe('connecting');
    vi.advanceTimersByTime(10_000);
    expect(sources).toHaveLength(1);
    sub.unsubscribe();
  });
});
