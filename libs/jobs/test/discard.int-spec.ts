// An outcome that never lands because the job was cancelled meanwhile has its outside effects undone; an outcome
// that lands keeps them.
import { Injectable } from '@nestjs/common';
import { JobKind, JobState, JobStatus, type JobDto } from '@app/contracts';
import { type PipelineStep, type StepContext, StepHandler, type StepOutcome } from '@app/jobs';
import { type Engine, startEngine } from './engine-harness.js';

const finished = (job: JobDto) => [JobStatus.Success, JobStatus.Error, JobStatus.Cancelled].includes(job.status);

/** Finishes only when told (deaf to the abort, as a step past its point of no return is), offering a discard. */
@Injectable()
@StepHandler(JobState.Analysing)
class SlowStep implements PipelineStep {
  static started: string[] = [];
  static discarded: string[] = [];
  static release: () => void = () => undefined;

  async run(ctx: StepContext): Promise<StepOutcome> {
    SlowStep.started.push(ctx.job.id);
    if (ctx.job.query === 'slow') await new Promise<void>((resolve) => (SlowStep.release = resolve));
    return {
      next: JobState.Finalized,
      reason: 'done',
      discard: async () => void SlowStep.discarded.push(ctx.job.id),
    };
  }
}

let engine: Engine;

beforeEach(async () => {
  SlowStep.started = [];
  SlowStep.discarded = [];
  engine = await startEngine('in-process', [SlowStep]);
});

afterEach(async () => {
  SlowStep.release();
  await engine.close();
});

it('undoes the effects of a step that finishes after its job was cancelled', async () => {
  const { job } = await engine.jobs.create({ query: 'slow', kind: JobKind.Analysis });
  while (!SlowStep.started.includes(job.id)) await new Promise((resolve) => setTimeout(resolve, 10));
  await engine.jobs.cancel(job.id);
  SlowStep.release();

  for (let i = 0; i < 200 && !SlowStep.discarded.length; i++) await new Promise((r) => setTimeout(r, 10));
  expect(SlowStep.discarded).toEqual([job.id]);
  expect((await engine.jobs.get(job.id)).state).toBe(JobState.Cancelled);
});

it('keeps the effects of an outcome that landed', async () => {
  const { job } = await engine.jobs.create({ query: 'quick', kind: JobKind.Analysis });
  expect((await engine.waitFor(job.id, finished)).state).toBe(JobState.Finalized);
  expect(SlowStep.discarded).toEqual([]);
});
