import { JobEventType, JobKind, JobState, JobStatus } from '@app/contracts';

const S = JobState;

export const TERMINAL_STATES: readonly JobState[] = [S.Finalized, S.Failed, S.Cancelled];
export const USER_STATES: readonly JobState[] = [S.UserIntentSelection, S.UserMetadataSelection];

/**
 * States whose entry the rest of the system hears of through the jobs' outbox (written with the transition): a
 * download starting, a job ending, a job waiting for a person.
 */
export const ANNOUNCED_STATES: ReadonlySet<JobState> = new Set([
  S.Downloading,
  S.Finalized,
  S.Failed,
  S.Cancelled,
  ...USER_STATES,
]);

/** The track pipeline's states that a worker executes a step for, in pipeline order. */
export const WORK_STATES: readonly JobState[] = [
  S.ResolvingIdentity,
  S.Searching,
  S.Downloading,
  S.Extracting,
  S.MatchingMetadata,
  S.Tagging,
  S.Storing,
];

/** Working states of parent jobs: an album job expands into its track jobs. */
export const PARENT_WORK_STATES: readonly JobState[] = [S.Expanding];

/** Working states of jobs outside the acquisition pipeline: an analysis job measures one library track. */
export const SIDE_WORK_STATES: readonly JobState[] = [S.Analysing];

/** Job kinds that fan out into child track jobs and end when their children have all ended. */
export const PARENT_KINDS: readonly JobKind[] = [JobKind.Album, JobKind.List];

/**
 * Edges a step (or a person's input) may take; each is taken by some flow (transition-edges.int-spec.ts proves
 * it). CANCELLED is reachable from every unfinished state and FAILED from every one a step runs or a parent waits
 * in (a waiting job runs nothing that could fail); both are added below. A retry leaves FAILED through
 * `canRetryInto`, and a finished parent reopens through `canReopenParent` (see `canMove`).
 */
const FORWARD_EDGES: Readonly<Record<JobState, readonly JobState[]>> = {
  [S.ResolvingIdentity]: [S.UserIntentSelection, S.Searching],
  // A person picks a recording to search for; an album job's person picks a release, which EXPANDING turns
  // into tracks.
  [S.UserIntentSelection]: [S.Searching, S.Expanding],
  [S.Searching]: [S.Downloading],
  // A link that turns out to hold a playlist (known only once yt-dlp has read it, right before the download)
  // becomes a list job with one child per entry. When no source can be downloaded a person chooses another
  // recording.
  [S.Downloading]: [S.Extracting, S.AwaitingChildren, S.UserIntentSelection],
  // A source that fails the checks gives way to the next one; after the last a person chooses another recording.
  [S.Extracting]: [S.MatchingMetadata, S.Downloading, S.UserIntentSelection],
  [S.MatchingMetadata]: [S.UserMetadataSelection, S.Tagging],
  // The chosen metadata goes back through MATCHING_METADATA for what only the release knows.
  [S.UserMetadataSelection]: [S.MatchingMetadata],
  // A retried step whose input file was cleaned away goes back to the step that makes it.
  [S.Tagging]: [S.Storing, S.Extracting],
  [S.Storing]: [S.Finalized, S.Tagging],
  // An album source that takes the whole album (a torrent) downloads it before the tracks exist.
  [S.Expanding]: [S.AwaitingChildren, S.UserIntentSelection, S.Downloading],
  // Left only when every child has ended: FINALIZED when one succeeded, FAILED or CANCELLED otherwise.
  [S.AwaitingChildren]: [S.Finalized],
  [S.Analysing]: [S.Finalized],
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
  return WORK_STATES.includes(state) || PARENT_WORK_STATES.includes(state) || SIDE_WORK_STATES.includes(state);
}

export function isParentKind(kind: JobKind): boolean {
  return PARENT_KINDS.includes(kind);
}

/** Every state reachable in one step from `from`. */
export function nextStates(from: JobState): JobState[] {
  if (isTerminal(from)) return [];
  return [...FORWARD_EDGES[from], ...(isUserState(from) ? [] : [S.Failed]), S.Cancelled];
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

/**
 * A finished parent whose failed children are retried waits for them again. A parent that failed before it
 * had children (in EXPANDING) is retried like any other job instead.
 */
export function canReopenParent(state: JobState, failedIn?: JobState): boolean {
  if (state === S.Finalized) return true;
  return state === S.Failed && failedIn === S.AwaitingChildren;
}

/**
 * Where a new job of each kind starts: an import brings its file in from disk where a download would fetch it,
 * an album first expands into its tracks, a list is created together with its children, and an analysis has
 * nothing but its one step.
 */
export function initialState(kind: JobKind): JobState {
  switch (kind) {
    case JobKind.Import:
      return S.Downloading;
    case JobKind.Album:
      return S.Expanding;
    case JobKind.List:
      return S.AwaitingChildren;
    case JobKind.Analysis:
      return S.Analysing;
    default:
      return S.ResolvingIdentity;
  }
}

/**
 * Where a job of `kind` may be created: its first state, or, for a track whose request already carries what the
 * earlier steps would find, SEARCHING or DOWNLOADING (a person's pick from a search: the recording, and its sources
 * when found) or EXTRACTING (an album track whose audio the album's torrent brought).
 */
export function canStartIn(kind: JobKind, state: JobState): boolean {
  if (state === initialState(kind)) return true;
  return kind === JobKind.Track && (state === S.Searching || state === S.Downloading || state === S.Extracting);
}

/**
 * Whether a history line of `type` may move a job of `kind` from `from` to `to`; `failedIn` is the state its
 * error names. A step's outcome, a cancel or a failure follows the forward table; a person's choice leads where
 * `stateAfterInput` says; a scheduled retry stays in its working state. A retry leaves an ended job: a failed one
 * goes back to the state it failed in, and a finished parent (FINALIZED, or FAILED while it awaited children)
 * waits for its children again when one of them is retried — the only edges out of a terminal state.
 */
export function canMove(
  type: JobEventType,
  from: JobState,
  to: JobState,
  kind: JobKind,
  failedIn?: JobState | null,
): boolean {
  switch (type) {
    case JobEventType.Transition:
      return canTransition(from, to);
    case JobEventType.Input:
      return isUserState(from) && stateAfterInput(from, kind) === to;
    case JobEventType.RetryScheduled:
      return from === to && isWorkState(from);
    case JobEventType.Retried:
      if (isParentKind(kind) && to === S.AwaitingChildren) return canReopenParent(from, failedIn ?? undefined);
      return from === S.Failed && to === failedIn && canRetryInto(to);
    default:
      return false;
  }
}

/** The state a person's choice leads to from a waiting state; an album's chosen release is expanded. */
export function stateAfterInput(waiting: JobState, kind: JobKind = JobKind.Track): JobState | undefined {
  if (waiting === S.UserIntentSelection) return kind === JobKind.Album ? S.Expanding : S.Searching;
  // The chosen metadata goes back through MATCHING_METADATA to get what only the release knows (totals, label…).
  if (waiting === S.UserMetadataSelection) return S.MatchingMetadata;
  return undefined;
}

const PROGRESS_ORDER: readonly JobState[] = [
  S.ResolvingIdentity,
  S.UserIntentSelection,
  S.Searching,
  S.Downloading,
  S.Extracting,
  S.MatchingMetadata,
  S.UserMetadataSelection,
  S.Tagging,
  S.Storing,
];

/**
 * Share of the whole pipeline done when `state` is `stepFraction` complete, for one progress bar. A parent
 * has done nothing of its own before its children exist; from then on its progress is theirs (see
 * `summarizeChildren`).
 */
export function overallProgress(state: JobState, stepFraction = 0): number {
  if (state === S.Finalized) return 1;
  const order = PROGRESS_ORDER;
  const index = order.indexOf(state);
  if (index < 0) return 0;
  const clamped = Math.min(1, Math.max(0, stepFraction));
  return Math.round(((index + clamped) / order.length) * 1000) / 1000;
}
