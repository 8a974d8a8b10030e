import type { LibraryScanEvent } from '@app/contracts';
import { FakeClock } from '@app/testing';
import { PROGRESS_INTERVAL_MS, ScanProgress } from './scan-progress.js';
import { ScanState } from './scan-state.js';

describe('ScanProgress', () => {
  const clock = new FakeClock();
  let state: ScanState;
  let published: LibraryScanEvent[];
  let sut: ScanProgress;

  beforeEach(() => {
    state = new ScanState('scan-1', '', clock.now());
    published = [];
    sut = new ScanProgress(state, (event) => published.push(event), clock);
  });

  it('publishes at most once per interval while the phase stays', () => {
    sut.report();
    state.counts.seen = 5;
    sut.report();
    clock.advance(PROGRESS_INTERVAL_MS - 1);
    sut.report();
    expect(published).toHaveLength(1);
    clock.advance(1);
    sut.report();
    expect(published.map((event) => event.seen)).toEqual([0, 5]);
  });

  it('publishes every change of phase at once, with the counts and the total once known', () => {
    sut.report();
    state.phase = 'reading';
    state.total = 12;
    state.counts.seen = 12;
    sut.report();
    state.counts.indexed = 12;
    state.finish(clock.now());
    sut.report();
    expect(published).toEqual([
      {
        type: 'library.scan',
        scanId: 'scan-1',
        phase: 'walking',
        seen: 0,
        indexed: 0,
        moved: 0,
        unchanged: 0,
        missing: 0,
        removed: 0,
        failed: 0,
      },
      {
        type: 'library.scan',
        scanId: 'scan-1',
        phase: 'reading',
        seen: 12,
        indexed: 0,
        moved: 0,
        unchanged: 0,
        missing: 0,
        removed: 0,
        failed: 0,
        total: 12,
      },
      {
        type: 'library.scan',
        scanId: 'scan-1',
        phase: 'done',
        seen: 12,
        indexed: 12,
        moved: 0,
        unchanged: 0,
        missing: 0,
        removed: 0,
        failed: 0,
        total: 12,
      },
    ]);
  });
});
