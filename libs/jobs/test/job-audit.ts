import { type JobDto, type JobEventDto, JobEventType, JobState } from '@app/contracts';
import { canTransition, isUserState, isWorkState, stateAfterInput, WORK_STATES } from '@app/core';

/** How a job must end, and the working states whose step must have committed exactly once. */
export interface JobExpectation {
  state: JobState;
  failedIn?: JobState;
  committed: readonly JobState[];
}

export interface JobAudit {
  problems: string[];
  /** The job did not reach its end, or a step it passed left no committed record. */
  lost: boolean;
  /** Steps committed twice plus transitions written twice. */
  duplicated: number;
}

const upTo = (state: JobState) => WORK_STATES.slice(0, WORK_STATES.indexOf(state));

export const EXPECT = {
  finalized: { state: JobState.Finalized, committed: WORK_STATES },
  failedIn: (state: JobState): JobExpectation => ({ state: JobState.Failed, failedIn: state, committed: upTo(state) }),
  cancelledIn: (state: JobState): JobExpectation => ({ state: JobState.Cancelled, committed: upTo(state) }),
};

/** Every history line must continue from where the previous one left the job, along a legal edge. */
export function historyProblems(history: JobEventDto[]): string[] {
  const problems: string[] = [];
  const [first, ...rest] = history;
  if (first?.type !== JobEventType.Created || first.from !== null) return [`history does not start with "created"`];
  let current = first.to;
  const seen = new Set<string>();
  for (const event of rest) {
    const edge = `${event.from}->${event.to}`;
    if (event.from !== current) problems.push(`${event.type} ${edge} #${event.id} does not start from ${current}`);
    if (event.type === JobEventType.Transition) {
      if (!canTransition(event.from!, event.to)) problems.push(`illegal transition ${edge} #${event.id}`);
      if (seen.has(edge)) problems.push(`transition ${edge} written twice (#${event.id})`);
      seen.add(edge);
    } else if (event.type === JobEventType.RetryScheduled) {
      if (event.to !== event.from || !isWorkState(event.to)) problems.push(`retry ${edge} #${event.id} changes state`);
    } else if (event.type === JobEventType.Input) {
      if (!isUserState(event.from!) || stateAfterInput(event.from!) !== event.to)
        problems.push(`input ${edge} #${event.id}`);
    } else {
      problems.push(`unexpected ${event.type} ${edge} #${event.id}`);
    }
    current = event.to;
  }
  return problems;
}

/** Checks one job against its expectation, its history and its `step_completion` rows (their states). */
export function auditJob(
  job: JobDto,
  history: JobEventDto[],
  completions: string[],
  expected: JobExpectation,
): JobAudit {
  const problems = historyProblems(history);
  let lost = false;
  if (job.state !== expected.state) {
    problems.push(`ended ${job.state} (${job.error?.message ?? 'no error'}), expected ${expected.state}`);
    lost = true;
  }
  if (expected.failedIn && job.error?.state !== expected.failedIn) {
    problems.push(`failed in ${job.error?.state}, expected ${expected.failedIn}`);
  }
  if (history.at(-1)?.to !== job.state) problems.push(`history ends at ${history.at(-1)?.to}, job is ${job.state}`);

  const transitions = history.filter((e) => e.type === JobEventType.Transition);
  const edges = transitions.map((e) => `${e.from}->${e.to}`);
  let duplicated = edges.length - new Set(edges).size;
  const left = transitions
    .filter((e) => isWorkState(e.from!) && e.to !== JobState.Failed && e.to !== JobState.Cancelled)
    .map((e) => e.from!);
  for (const state of new Set([...WORK_STATES, ...completions])) {
    const rows = completions.filter((s) => s === state).length;
    const shouldCommit = expected.committed.includes(state as JobState);
    if (shouldCommit && rows === 0) lost = true;
    if (rows > 1) duplicated += rows - 1;
    if (rows !== (shouldCommit ? 1 : 0)) problems.push(`${rows} step_completion rows for ${state}`);
    if (shouldCommit !== left.includes(state as JobState)) problems.push(`history disagrees about leaving ${state}`);
  }
  return { problems: problems.map((p) => `job ${job.id} (${job.query}): ${p}`), lost, duplicated };
}
