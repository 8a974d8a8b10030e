import type { HistoryListen } from './history-listen.js';

/** Where a walk through a history stands: the watermark and the walk under way, in seconds. */
export interface WalkState {
  syncedTo: number;
  walkTop: number;
  walkCursor: number;
}

export type WalkStep =
  | { done: false; store: HistoryListen[]; next: WalkState }
  | { done: true; store: HistoryListen[]; next: { syncedTo: number } };

/**
 * What one page means for a walk from the newest listen down to the watermark. The next page's exclusive upper
 * bound is the page's oldest second plus one: histories count in whole seconds, so other listens of that
 * second may not have fit on the page, and asking for them again costs only duplicates, which the store drops.
 * Only when a whole page is one second does the walk move past it, or it would never end. The walk ends at an
 * empty page or at the watermark; then everything up to where it started is imported.
 */
export function walkStep(state: WalkState, page: HistoryListen[]): WalkStep {
  const fresh = page.filter((listen) => listen.listenedAt > state.syncedTo && listen.listenedAt <= state.walkTop);
  if (!page.length) return { done: true, store: [], next: { syncedTo: state.walkTop } };
  const oldest = Math.min(...page.map((listen) => listen.listenedAt));
  if (oldest <= state.syncedTo) return { done: true, store: fresh, next: { syncedTo: state.walkTop } };
  const cursor = oldest + 1 < state.walkCursor ? oldest + 1 : oldest;
  return { done: false, store: fresh, next: { ...state, walkCursor: cursor } };
}
