// Every edge of the transition table is one some flow takes: the flows of the pipeline (a plain track, a person's
// choices, source fallbacks, a cleaned-away file, a playlist link, albums with and without a choice or a torrent,
// an analysis), a failure in every working state and a cancel in every unfinished one, run by the real engine
// with planned steps. The edges the history records must be exactly the table's: an edge no flow takes is dead.
import { JobKind, JobState, JobStatus, type JobDto } from '@app/contracts';
import { nextStates } from '@app/core';
import type { JobData, NewJob } from '@app/jobs';
import { type Engine, startEngine } from './engine-harness.js';
import { type PlannedChild, type PlanStop, plannedStepProviders } from './support/planned-steps.js';

const S = JobState;
type Plan = (JobState | PlanStop)[];

const TRACK: Plan = [S.Searching, S.Downloading, S.Extracting, S.MatchingMetadata, S.Tagging, S.Storing, S.Finalized];
const CHILD: PlannedChild = { plan: TRACK };
const ended = (job: JobDto) => [JobStatus.Success, JobStatus.Error, JobStatus.Cancelled].includes(job.status);

interface Flow {
  name: string;
  kind?: JobKind;
  plan: Plan;
  children?: PlannedChild[];
  /** Cancel the job once it is in this state. */
  cancelIn?: JobState;
  ends: JobState;
}

const FLOWS: Flow[] = [
  { name: 'a track through every step', plan: TRACK, ends: S.Finalized },
  { name: 'a person picks the recording', plan: [S.UserIntentSelection, ...TRACK.slice(1)], ends: S.Finalized },
  {
    name: 'a person picks the metadata',
    plan: [S.Searching, S.Downloading, S.Extracting, S.MatchingMetadata, S.UserMetadataSelection, ...TRACK.slice(4)],
    ends: S.Finalized,
  },
  {
    name: 'a source fails the checks; the audio is cleaned away before tagging and before storing',
    plan: [
      ...[S.Searching, S.Downloading, S.Extracting, S.Downloading, S.Extracting, S.MatchingMetadata, S.Tagging],
      ...[S.Extracting, S.MatchingMetadata, S.Tagging, S.Storing, S.Tagging, S.Storing, S.Finalized],
    ],
    ends: S.Finalized,
  },
  {
    name: 'no source passes the checks: a person picks another recording',
    plan: [S.Searching, S.Downloading, S.Extracting, S.UserIntentSelection, ...TRACK.slice(1)],
    ends: S.Finalized,
  },
  {
    name: 'no source can be downloaded: a person picks another recording',
    plan: [S.Searching, S.Downloading, S.UserIntentSelection, ...TRACK.slice(1)],
    ends: S.Finalized,
  },
  {
    name: 'a link holds a playlist',
    plan: [S.Searching, S.Downloading, S.AwaitingChildren],
    children: [CHILD],
    ends: S.Finalized,
  },
  { name: 'an album', kind: JobKind.Album, plan: [S.AwaitingChildren], children: [CHILD], ends: S.Finalized },
  {
    name: 'an album whose release a person picks',
    kind: JobKind.Album,
    plan: [S.UserIntentSelection, S.AwaitingChildren],
    children: [CHILD],
    ends: S.Finalized,
  },
  {
    name: 'an album downloaded whole (a torrent)',
    kind: JobKind.Album,
    plan: [S.Downloading, S.AwaitingChildren],
    children: [CHILD],
    ends: S.Finalized,
  },
  { name: 'an analysis', kind: JobKind.Analysis, plan: [S.Finalized], ends: S.Finalized },
  {
    name: 'an album whose every track failed',
    kind: JobKind.Album,
    plan: [S.AwaitingChildren],
    children: [{ plan: ['fatal'] }],
    ends: S.Failed,
  },
];

const TRACK_STEPS = [S.ResolvingIdentity, ...TRACK.slice(0, -1)] as JobState[];
for (const [i, state] of TRACK_STEPS.entries()) {
  const before = TRACK.slice(0, i);
  FLOWS.push({ name: `a failure in ${state}`, plan: [...before, 'fatal'], ends: S.Failed });
  FLOWS.push({ name: `a cancel in ${state}`, plan: [...before, 'hang'], cancelIn: state, ends: S.Cancelled });
}
FLOWS.push(
  { name: 'a failure in EXPANDING', kind: JobKind.Album, plan: ['fatal'], ends: S.Failed },
  { name: 'a cancel in EXPANDING', kind: JobKind.Album, plan: ['hang'], cancelIn: S.Expanding, ends: S.Cancelled },
  { name: 'a failure in ANALYSING', kind: JobKind.Analysis, plan: ['fatal'], ends: S.Failed },
  {
    name: 'a cancel in ANALYSING',
    kind: JobKind.Analysis,
    plan: ['hang'],
    cancelIn: S.Analysing,
    ends: S.Cancelled,
  },
  {
    name: 'a cancel while a person picks the recording',
    plan: [S.UserIntentSelection],
    cancelIn: S.UserIntentSelection,
    ends: S.Cancelled,
  },
  {
    name: 'a cancel while a person picks the metadata',
    plan: [S.Searching, S.Downloading, S.Extracting, S.MatchingMetadata, S.UserMetadataSelection],
    cancelIn: S.UserMetadataSelection,
    ends: S.Cancelled,
  },
  {
    name: 'a cancel while an album awaits its tracks',
    kind: JobKind.Album,
    plan: [S.AwaitingChildren],
    children: [{ plan: ['hang'] }],
    cancelIn: S.AwaitingChildren,
    ends: S.Cancelled,
  },
);

let engine: Engine;

beforeAll(async () => {
  engine = await startEngine('in-process', plannedStepProviders());
});

afterAll(() => engine.close());

/** Runs a flow to its end: a waiting job gets the first candidate, a job in `cancelIn` is cancelled. */
async function run(flow: Flow, index: number): Promise<JobDto> {
  const request: NewJob = {
    query: `flow ${index}`,
    kind: flow.kind ?? JobKind.Track,
    // The planned steps' own data, which no step of the pipeline declares.
    data: { plan: flow.plan, children: flow.children ?? [] } as JobData,
  };
  const { job } = await engine.jobs.create(request);
  for (;;) {
    const now = await engine.waitFor(
      job.id,
      (j) => ended(j) || j.status === JobStatus.Waiting || j.state === flow.cancelIn,
      30_000,
    );
    if (now.state === flow.cancelIn) return engine.jobs.cancel(job.id);
    if (ended(now)) return now;
    await engine.jobs.input(job.id, 0);
  }
}

it('takes every edge of the transition table, and no other, along the flows of the engine', async () => {
  const results = await Promise.all(FLOWS.map((flow, i) => run(flow, i)));
  expect(results.map((job, i) => [FLOWS[i]!.name, job.state])).toEqual(FLOWS.map((flow) => [flow.name, flow.ends]));

  const rows: { from: string; to: string }[] = await engine.dataSource.query(
    `SELECT DISTINCT from_state AS "from", to_state AS "to" FROM job_event WHERE type IN ('transition', 'input')`,
  );
  const taken = rows.map((row) => `${row.from}->${row.to}`).sort();
  const table = Object.values(JobState)
    .flatMap((from) => nextStates(from).map((to) => `${from}->${to}`))
    .sort();
  expect(taken).toEqual(table);
}, 120_000);
