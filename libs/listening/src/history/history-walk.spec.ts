import type { HistoryListen } from './history-listen.js';
import { walkStep } from './history-walk.js';

const at = (...seconds: number[]): HistoryListen[] =>
  seconds.map((listenedAt, i) => ({ listenedAt, artistName: 'A', trackName: `T${i}` }));

describe('walkStep', () => {
  const walk = { syncedTo: 100, walkTop: 1000, walkCursor: 1001 };

  it('asks next for the oldest second again: more listens of it may not have fit on the page', () => {
    const step = walkStep(walk, at(900, 850, 850));
    expect(step).toEqual({ done: false, store: at(900, 850, 850), next: { ...walk, walkCursor: 851 } });
  });

  it('moves past a second that fills a whole page, or the walk would never end', () => {
    const step = walkStep({ ...walk, walkCursor: 851 }, at(850, 850, 850));
    expect(step.done).toBe(false);
    expect(!step.done && step.next.walkCursor).toBe(850);
  });

  it('ends at an empty page with everything up to the walk start imported', () => {
    expect(walkStep(walk, [])).toEqual({ done: true, store: [], next: { syncedTo: 1000 } });
  });

  it('ends at the watermark, keeping only what is newer than it', () => {
    const step = walkStep(walk, at(300, 200, 100, 90));
    expect(step).toEqual({ done: true, store: at(300, 200), next: { syncedTo: 1000 } });
  });

  it('keeps out listens newer than the walk start: the next walk takes them', () => {
    expect(walkStep(walk, at(1005, 900)).store).toEqual([at(1005, 900)[1]]);
  });
});
