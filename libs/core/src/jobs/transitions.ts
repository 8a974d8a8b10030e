import { JobKind, JobState, JobStatus } from '@app/contracts';

const S = JobState;

export const TERMINAL_STATES: readonly JobState[] = [S.Finalized, S.Failed, S.Cancelled];
export const USER_STATES: readonly JobState[] = [S.UserIntentSelection, S.UserMetadataSelection];

/** States that a worker executes a step for. */
export const WORK_STATES: readonly JobState[] = [
  S.ResolvingIdentity,
  S.Searching,
  S.Downloading,
  S.Extracting,
  S.MatchingMetadata,
  S.Tagging,
  S.Storing,
];

/**
 * Edges a step (or a person's input) may take. FAILED and CANCELLED are reachable from every
 * non-terminal state and are added below; a retry leaves FAILED through `canRetryInto`.
 */
const FORWARD_EDGES: Readonly<Record<JobState, readonly JobState[]>> = {
  [S.ResolvingIdentity]: [S.UserIntentSelection, S.Searching, S.Finalized],
  [S.UserIntentSelection]: [S.Searching, S.ResolvingIdentity],
  // A local file or an already-known track skips the download.
  [S.Searching]: [S.Downloading, S.Extracting, S.UserIntentSelection],
  // A source that fails goes back for the next candidate.
  [S.Downloading]: [S.Extracting, S.Searching],
  [S.Extracting]: [S.MatchingMetadata, S.Downloading, S.Searching, S.UserIntentSelection],
  [S.MatchingMetadata]: [S.UserMetadataSelection, S.Tagging],
  [S.UserMetadataSelection]: [S.Tagging, S.MatchingMetadata],
  // A retried step whose input file was cleaned away goes back to the step that makes it.
  [S.Tagging]: [S.Storing, S.Extracting],
  [S.Storing]: [S.Finalized, S.Tagging],
  [S.Finalized]: [],
  [S.Failed]: [],
  [S.Cancelled]: [],
};

export function isTerminal(state: JobState): boolean {
  return TERMINAL_STATES.includes(state);
}

export function isUserState(state: JobState): boolean {
  return USER_STATES.includes(state);
}

export function isWorkState(state: JobState): boolean {
  return WORK_STATES.includes(state);
}

/** Every state reachable in one step from `from`. */
export function nextStates(from: JobState): JobState[] {
  if (isTerminal(from)) return [];
  return [...FORWARD_EDGES[from], S.Failed, S.Cancelled];
}

export function canTransition(from: JobState, to: JobState): boolean {
  return nextStates(from).includes(to);
}

/** A failed job may be retried from the state it failed in, and only a working or waiting one. */
export function canRetryInto(failedIn: JobState): boolean {
  return isWorkState(failedIn) || isUserState(failedIn);
}

export function statusOf(state: JobState): JobStatus {
  switch (state) {
    case S.Finalized:
      return JobStatus.Success;
    case S.Failed:
      return JobStatus.Error;
    case S.Cancelled:
      return JobStatus.Cancelled;
    case S.UserIntentSelection:
    case S.UserMetadataSelection:
      return JobStatus.Waiting;
    default:
      return JobStatus.Running;
  }
}

/** Where a new job of each kind starts: an import already has its audio on disk. */
export function initialState(kind: JobKind): JobState {
  return kind === JobKind.Import ? S.Extracting : S.ResolvingIdentity;
}

/** The state a person's choice leads to from a waiting state. */
export function stateAfterInput(waiting: JobState): JobState | undefined {
  if (waiting === S.UserIntentSelection) return S.Searching;
  // The chosen metadata goes back through MATCHING_METADATA to get what only the release knows (totals, label…).
  if (waiting === S.UserMetadataSelection) return S.MatchingMetadata;
  return undefined;
}

/** Share of the whole pipeline done when `state` is `stepFraction` complete, for one progress bar. */
export function overallProgress(state: JobState, stepFraction = 0): number {
  if (state === S.Finalized) return 1;
  const order = [
    S.ResolvingIdentity,
    S.UserIntentSelection,
    ...WORK_STATES.slice(1, 5),
    S.UserMetadataSelection,
    ...WORK_STATES.slice(5),
  ];
  const index = order.indexOf(state);
  if (index < 0) return 0;
  const clamped = Math.min(1, Math.max(0, stepFraction));
  return Math.round(((index + clamped) / order.length) * 1000) / 1000;
}
