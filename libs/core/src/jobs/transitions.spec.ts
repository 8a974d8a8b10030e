import { JobEventType, JobKind, JobState, JobStatus } from '@app/contracts';
import {
  canMove,
  canReopenParent,
  canRetryInto,
  canStartIn,
  canTransition,
  initialState,
  isParentKind,
  isTerminal,
  isUserState,
  isWorkState,
  nextStates,
  overallProgress,
  stateAfterInput,
  statusOf,
} from './transitions.js';

const S = JobState;
const ALL = Object.values(JobState);

const LEGAL: [JobState, JobState][] = [
  [S.ResolvingIdentity, S.UserIntentSelection],
  [S.ResolvingIdentity, S.Searching],
  [S.UserIntentSelection, S.Searching],
  [S.UserIntentSelection, S.Expanding],
  [S.Searching, S.Downloading],
  [S.Downloading, S.Extracting],
  [S.Downloading, S.AwaitingChildren],
  [S.Downloading, S.UserIntentSelection],
  [S.Extracting, S.MatchingMetadata],
  [S.Extracting, S.Downloading],
  [S.Extracting, S.UserIntentSelection],
  [S.MatchingMetadata, S.UserMetadataSelection],
  [S.MatchingMetadata, S.Tagging],
  [S.UserMetadataSelection, S.MatchingMetadata],
  [S.Tagging, S.Storing],
  [S.Tagging, S.Extracting],
  [S.Storing, S.Finalized],
  [S.Storing, S.Tagging],
  [S.Expanding, S.AwaitingChildren],
  [S.Expanding, S.UserIntentSelection],
  [S.Expanding, S.Downloading],
  [S.AwaitingChildren, S.Finalized],
  [S.Analysing, S.Finalized],
];
const NON_TERMINAL = ALL.filter((s) => !isTerminal(s));
for (const from of NON_TERMINAL) LEGAL.push([from, S.Cancelled]);
// A waiting job runs no step, so nothing can fail it; it can only be cancelled.
for (const from of NON_TERMINAL.filter((s) => !isUserState(s))) LEGAL.push([from, S.Failed]);

const isLegal = (from: JobState, to: JobState) => LEGAL.some(([f, t]) => f === from && t === to);
const ILLEGAL = ALL.flatMap((from) => ALL.map((to) => [from, to] as [JobState, JobState])).filter(
  ([from, to]) => !isLegal(from, to),
);

describe('job transition table', () => {
  it.each(LEGAL)('allows %s -> %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each(ILLEGAL)('refuses %s -> %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('lists exactly the legal edges as next states', () => {
    for (const from of ALL) {
      const expected = LEGAL.filter(([f]) => f === from).map(([, t]) => t);
      expect(nextStates(from).sort()).toEqual(expected.sort());
    }
  });

  it.each([S.Finalized, S.Failed, S.Cancelled])('%s is terminal and leads nowhere', (state) => {
    expect(isTerminal(state)).toBe(true);
    expect(nextStates(state)).toEqual([]);
  });
});

describe('statusOf', () => {
  it.each([
    [S.ResolvingIdentity, JobStatus.Running],
    [S.Searching, JobStatus.Running],
    [S.Downloading, JobStatus.Running],
    [S.Extracting, JobStatus.Running],
    [S.MatchingMetadata, JobStatus.Running],
    [S.Tagging, JobStatus.Running],
    [S.Storing, JobStatus.Running],
    [S.Expanding, JobStatus.Running],
    [S.AwaitingChildren, JobStatus.Running],
    [S.UserIntentSelection, JobStatus.Waiting],
    [S.UserMetadataSelection, JobStatus.Waiting],
    [S.Finalized, JobStatus.Success],
    [S.Failed, JobStatus.Error],
    [S.Cancelled, JobStatus.Cancelled],
  ])('%s is %s', (state, status) => {
    expect(statusOf(state)).toBe(status);
  });
});

describe('entry and exit points', () => {
  it('starts tracks by resolving identity, imports by bringing their file in, albums expanding and lists awaiting children', () => {
    expect(initialState(JobKind.Track)).toBe(S.ResolvingIdentity);
    expect(initialState(JobKind.Album)).toBe(S.Expanding);
    expect(initialState(JobKind.List)).toBe(S.AwaitingChildren);
    expect(initialState(JobKind.Import)).toBe(S.Downloading);
    expect(initialState(JobKind.Analysis)).toBe(S.Analysing);
  });

  it.each([
    [JobKind.Track, S.ResolvingIdentity, true],
    [JobKind.Track, S.Searching, true],
    [JobKind.Track, S.Downloading, true],
    [JobKind.Track, S.Extracting, true],
    [JobKind.Track, S.Tagging, false],
    [JobKind.Track, S.Finalized, false],
    [JobKind.Album, S.Expanding, true],
    [JobKind.Album, S.Downloading, false],
    [JobKind.Import, S.Downloading, true],
    [JobKind.Import, S.Extracting, false],
    [JobKind.List, S.Searching, false],
  ])(
    'lets a %s job start in %s: %s (a pick brings its recording and sources, an album torrent the audio)',
    (kind, state, allowed) => {
      expect(canStartIn(kind, state)).toBe(allowed);
    },
  );

  it('leads a choice out of each waiting state along a legal edge', () => {
    expect(stateAfterInput(S.UserIntentSelection)).toBe(S.Searching);
    expect(stateAfterInput(S.UserIntentSelection, JobKind.Track)).toBe(S.Searching);
    expect(stateAfterInput(S.UserIntentSelection, JobKind.Album)).toBe(S.Expanding);
    expect(stateAfterInput(S.UserMetadataSelection)).toBe(S.MatchingMetadata);
    expect(stateAfterInput(S.Searching)).toBeUndefined();
    for (const kind of Object.values(JobKind)) {
      for (const waiting of [S.UserIntentSelection, S.UserMetadataSelection]) {
        expect(canTransition(waiting, stateAfterInput(waiting, kind)!)).toBe(true);
      }
    }
  });

  it('lets a worker claim EXPANDING but never AWAITING_CHILDREN, which ends through its children', () => {
    expect(isWorkState(S.Expanding)).toBe(true);
    expect(isWorkState(S.AwaitingChildren)).toBe(false);
    expect(isParentKind(JobKind.Album)).toBe(true);
    expect(isParentKind(JobKind.List)).toBe(true);
    expect(isParentKind(JobKind.Track)).toBe(false);
    expect(isParentKind(JobKind.Import)).toBe(false);
  });

  it('lets a worker claim ANALYSING, a job kind of its own that is no parent', () => {
    expect(isWorkState(S.Analysing)).toBe(true);
    expect(isParentKind(JobKind.Analysis)).toBe(false);
    expect(canRetryInto(S.Analysing)).toBe(true);
  });

  it('reopens a finished parent, or one that failed awaiting children, but not one that failed expanding', () => {
    expect(canReopenParent(S.Finalized)).toBe(true);
    expect(canReopenParent(S.Failed, S.AwaitingChildren)).toBe(true);
    expect(canReopenParent(S.Failed, S.Expanding)).toBe(false);
    expect(canReopenParent(S.Cancelled)).toBe(false);
    expect(canReopenParent(S.AwaitingChildren)).toBe(false);
  });

  it('retries only into working or waiting states', () => {
    expect(canRetryInto(S.Downloading)).toBe(true);
    expect(canRetryInto(S.Expanding)).toBe(true);
    expect(canRetryInto(S.AwaitingChildren)).toBe(false);
    expect(canRetryInto(S.UserIntentSelection)).toBe(true);
    expect(canRetryInto(S.Finalized)).toBe(false);
    expect(canRetryInto(S.Cancelled)).toBe(false);
    expect(canRetryInto(S.Failed)).toBe(false);
  });
});

describe('overallProgress', () => {
  it('grows along the pipeline and reaches 1 when finalized', () => {
    const path = [
      S.ResolvingIdentity,
      S.Searching,
      S.Downloading,
      S.Extracting,
      S.MatchingMetadata,
      S.Tagging,
      S.Storing,
    ];
    const values = path.map((s) => overallProgress(s, 0.5));
    expect([...values].sort((a, b) => a - b)).toEqual(values);
    expect(overallProgress(S.Finalized)).toBe(1);
    expect(overallProgress(S.Downloading, 0.5)).toBeGreaterThan(overallProgress(S.Downloading, 0));
    expect(overallProgress(S.Downloading, 7)).toBe(overallProgress(S.Extracting, 0));
  });

  it('gives a parent no progress of its own before its children exist', () => {
    expect(overallProgress(S.Expanding, 0.5)).toBe(0);
    expect(overallProgress(S.AwaitingChildren)).toBe(0);
  });
});

describe('canMove: which history line may make which move', () => {
  const T = JobEventType;
  it.each([
    [T.Transition, S.Searching, S.Downloading, JobKind.Track, undefined, true],
    [T.Transition, S.Tagging, S.Downloading, JobKind.Track, undefined, false],
    [T.Input, S.UserIntentSelection, S.Searching, JobKind.Track, undefined, true],
    [T.Input, S.UserIntentSelection, S.Expanding, JobKind.Track, undefined, false],
    [T.Input, S.UserIntentSelection, S.Expanding, JobKind.Album, undefined, true],
    [T.Input, S.Searching, S.Downloading, JobKind.Track, undefined, false],
    [T.RetryScheduled, S.Downloading, S.Downloading, JobKind.Track, undefined, true],
    [T.RetryScheduled, S.UserIntentSelection, S.UserIntentSelection, JobKind.Track, undefined, false],
    [T.RetryScheduled, S.Downloading, S.Extracting, JobKind.Track, undefined, false],
    [T.Retried, S.Failed, S.Tagging, JobKind.Track, S.Tagging, true],
    [T.Retried, S.Failed, S.Searching, JobKind.Track, S.Tagging, false],
    [T.Retried, S.Cancelled, S.Tagging, JobKind.Track, S.Tagging, false],
    // A finished parent waits for its retried children again: a retry edge, never a step's transition.
    [T.Retried, S.Finalized, S.AwaitingChildren, JobKind.Album, undefined, true],
    [T.Retried, S.Finalized, S.AwaitingChildren, JobKind.List, undefined, true],
    [T.Retried, S.Failed, S.AwaitingChildren, JobKind.List, S.AwaitingChildren, true],
    [T.Retried, S.Failed, S.AwaitingChildren, JobKind.Album, S.Expanding, false],
    [T.Retried, S.Finalized, S.AwaitingChildren, JobKind.Track, undefined, false],
    [T.Transition, S.Finalized, S.AwaitingChildren, JobKind.Album, undefined, false],
    [T.Created, S.Searching, S.Downloading, JobKind.Track, undefined, false],
  ])('%s %s -> %s of a %s job (failed in %s): %s', (type, from, to, kind, failedIn, allowed) => {
    expect(canMove(type, from, to, kind, failedIn)).toBe(allowed);
  });
});
