import { MAX_LISTED_UNREADABLE, ScanState } from './scan-state.js';

const STARTED = Date.UTC(2025, 2, 3, 4, 5, 6);

describe('ScanState', () => {
  it('is running until finished, then tells the times and how long it took', () => {
    const sut = new ScanState('s', 'Artist', STARTED);
    expect(sut.toDto()).toMatchObject({ status: 'running', phase: 'walking', finishedAt: null, durationMs: null });
    sut.finish(STARTED + 1234);
    expect(sut.toDto()).toMatchObject({
      id: 's',
      path: 'Artist',
      status: 'done',
      phase: 'done',
      error: null,
      startedAt: '2025-03-03T04:05:06.000Z',
      finishedAt: '2025-03-03T04:05:07.234Z',
      durationMs: 1234,
    });
  });

  it('keeps the reason of a failure', () => {
    const sut = new ScanState('s', '', STARTED);
    sut.finish(STARTED, 'SQLITE_FULL: database or disk is full');
    expect(sut.toDto()).toMatchObject({
      status: 'failed',
      phase: 'failed',
      error: 'SQLITE_FULL: database or disk is full',
    });
  });

  it('counts every unreadable file but lists only the first ones', () => {
    const sut = new ScanState('s', '', STARTED);
    for (let i = 0; i < MAX_LISTED_UNREADABLE + 5; i++) sut.addUnreadable({ path: `${i}.mp3`, reason: 'empty' });
    const dto = sut.toDto();
    expect(dto.counts.failed).toBe(MAX_LISTED_UNREADABLE + 5);
    expect(dto.unreadable).toHaveLength(MAX_LISTED_UNREADABLE);
    expect(dto.unreadable[0]).toEqual({ path: '0.mp3', reason: 'empty' });
  });
});
