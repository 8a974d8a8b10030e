import { jest } from '@jest/globals';
import type { AggregateWeeksRequest } from '@app/contracts';
import { ListenEvents } from '@app/listening';
import type { DashboardRefresh } from './dashboard-refresh.service.js';
import { REFRESH_DELAY_MS, RefreshOnListens } from './refresh-on-listens.service.js';

/** Records each refresh and lets the test decide when it finishes. */
class FakeRefresh {
  readonly calls: string[] = [];
  private release: (() => void)[] = [];

  run(
    request: AggregateWeeksRequest,
  ): Promise<{ listeners: number; weeksComputed: number; mapsFitted: number; ms: number }> {
    this.calls.push(request.listenerId ?? 'everyone');
    return new Promise((resolve) =>
      this.release.push(() => resolve({ listeners: 1, weeksComputed: 1, mapsFitted: 0, ms: 1 })),
    );
  }

  finishAll(): void {
    for (const release of this.release.splice(0)) release();
  }
}

const A = 'listener-a';
const B = 'listener-b';

describe('RefreshOnListens', () => {
  let events: ListenEvents;
  let refresh: FakeRefresh;
  let sut: RefreshOnListens;

  /** Lets the refreshes started so far finish, and the promise chains after them run. */
  async function finish(): Promise<void> {
    for (let i = 0; i < 5; i++) {
      refresh.finishAll();
      await Promise.resolve();
      await jest.advanceTimersByTimeAsync(0);
    }
  }

  beforeEach(() => {
    jest.useFakeTimers();
    events = new ListenEvents();
    refresh = new FakeRefresh();
    sut = new RefreshOnListens(events, refresh as unknown as DashboardRefresh);
    sut.onModuleInit();
  });

  afterEach(async () => {
    refresh.finishAll();
    await sut.onApplicationShutdown();
    jest.useRealTimers();
  });

  it('refreshes a listener once for a burst of 1,000 listens, after the delay and not on the listen path', async () => {
    for (let i = 0; i < 1000; i++) events.changed([A]);
    expect(refresh.calls).toEqual([]);
    await jest.advanceTimersByTimeAsync(REFRESH_DELAY_MS - 1);
    expect(refresh.calls).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(refresh.calls).toEqual([A]);
    await finish();
    await jest.advanceTimersByTimeAsync(REFRESH_DELAY_MS * 10);
    expect(refresh.calls).toEqual([A]);
  });

  it('refreshes each dirty listener once', async () => {
    events.changed([A, B]);
    events.changed([B]);
    await jest.advanceTimersByTimeAsync(REFRESH_DELAY_MS);
    await finish();
    expect(refresh.calls).toEqual([A, B]);
  });

  it('makes one more refresh for listens that arrive while one runs, however many they are', async () => {
    events.changed([A]);
    await jest.advanceTimersByTimeAsync(REFRESH_DELAY_MS);
    expect(refresh.calls).toEqual([A]);
    for (let i = 0; i < 50; i++) events.changed([A]);
    await jest.advanceTimersByTimeAsync(REFRESH_DELAY_MS * 5);
    expect(refresh.calls).toEqual([A]);
    await finish();
    await jest.advanceTimersByTimeAsync(REFRESH_DELAY_MS);
    expect(refresh.calls).toEqual([A, A]);
    await finish();
    await jest.advanceTimersByTimeAsync(REFRESH_DELAY_MS * 5);
    expect(refresh.calls).toEqual([A, A]);
  });

  it('goes on with the next listener when one refresh fails', async () => {
    refresh.run = jest.fn((request: AggregateWeeksRequest) => {
      refresh.calls.push(request.listenerId!);
      return request.listenerId === A
        ? Promise.reject(new Error('listener not found'))
        : Promise.resolve({ listeners: 1, weeksComputed: 1, mapsFitted: 0, ms: 1 });
    });
    events.changed([A, B]);
    await jest.advanceTimersByTimeAsync(REFRESH_DELAY_MS);
    await finish();
    expect(refresh.calls).toEqual([A, B]);
  });

  it('stops listening on shutdown', async () => {
    await sut.onApplicationShutdown();
    events.changed([A]);
    await jest.advanceTimersByTimeAsync(REFRESH_DELAY_MS * 5);
    expect(refresh.calls).toEqual([]);
  });
});
