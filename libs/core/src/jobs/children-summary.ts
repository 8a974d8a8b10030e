import { type ChildrenSummaryDto, JobState } from '@app/contracts';
import { isTerminal } from './transitions.js';

/** How many children of one parent are in one state, and the sum of their progress (0..1 each). */
export interface ChildStateCount {
  state: JobState;
  count: number;
  progressSum: number;
}

export interface ChildrenSummary extends ChildrenSummaryDto {
  /** Children that have not ended yet. */
  active: number;
  /** 0..1: the mean of the children's progress, an ended child counting as complete. */
  progress: number;
  /** Where the parent goes once every child has ended; undefined while some are still at work. */
  outcome?: JobState.Finalized | JobState.Failed | JobState.Cancelled;
  /** "12 of 13 tracks done, 1 failed". */
  reason: string;
}

/**
 * A parent's status from its children's. Like Lidarr's partial albums, a parent with at least one track
 * stored is a success (its result counts the failed ones); it fails only when no child succeeded and one
 * failed, and is cancelled when every child was cancelled.
 */
export function summarizeChildren(groups: readonly ChildStateCount[]): ChildrenSummary {
  const count = (state: JobState) => groups.filter((g) => g.state === state).reduce((n, g) => n + g.count, 0);
  const children = groups.reduce((n, g) => n + g.count, 0);
  const succeeded = count(JobState.Finalized);
  const failed = count(JobState.Failed);
  const cancelled = count(JobState.Cancelled);
  const ended = succeeded + failed + cancelled;
  const active = children - ended;
  const activeProgress = groups.filter((g) => !isTerminal(g.state)).reduce((sum, g) => sum + g.progressSum, 0);
  const progress = children === 0 ? 0 : Math.round(((ended + activeProgress) / children) * 1000) / 1000;
  const parts = [`${succeeded} of ${children} ${children === 1 ? 'track' : 'tracks'} done`];
  if (failed) parts.push(`${failed} failed`);
  if (cancelled) parts.push(`${cancelled} cancelled`);
  if (active) parts.push(`${active} still at work`);
  const summary = { children, succeeded, failed, cancelled, active, progress, reason: parts.join(', ') };
  if (active > 0) return summary;
  if (children === 0) return { ...summary, outcome: JobState.Failed, reason: 'The job has no tracks' };
  const outcome = succeeded > 0 ? JobState.Finalized : failed > 0 ? JobState.Failed : JobState.Cancelled;
  return { ...summary, outcome };
}
