import type { Provider } from '@nestjs/common';
import { CandidateStage, JobKind, JobState } from '@app/contracts';
import { isUserState, PARENT_WORK_STATES, PermanentError, SIDE_WORK_STATES, WORK_STATES } from '@app/core';
import { type JobData, type PipelineStep, type StepContext, StepHandler, type StepOutcome } from '@app/jobs';

/** What a planned step does instead of moving on: fail for good, or run until the job is cancelled. */
export type PlanStop = 'fatal' | 'hang';

/** A child a planned step creates, with its own plan. */
export interface PlannedChild {
  plan: (JobState | PlanStop)[];
}

/**
 * Test handlers for every working state that follow the plan in the job's data: the n-th step run of a job
 * returns `plan[n]` as its next state (offering a candidate when that is a waiting state), or stops as the entry
 * says. A step whose next state is AWAITING_CHILDREN creates the children listed in `data.children`.
 */
function makePlannedStep(state: JobState) {
  @StepHandler(state)
  class PlannedStep implements PipelineStep {
    async run(ctx: StepContext): Promise<StepOutcome> {
      // The plan is this test's own data, which no step of the pipeline declares.
      const bag = ctx.job.data as Readonly<Record<string, unknown>>;
      const plan = (bag['plan'] as (JobState | PlanStop)[] | undefined) ?? [];
      const at = Number(bag['at'] ?? 0);
      const next = plan[at];
      if (next === undefined) throw new PermanentError(`the plan has no step ${at} (in ${state})`);
      if (next === 'fatal') throw new PermanentError(`planned failure in ${state}`);
      if (next === 'hang') return new Promise<StepOutcome>((_, reject) => ctx.signal.addEventListener('abort', reject));
      const data = { ...ctx.job.data, at: at + 1 };
      const children = (bag['children'] as PlannedChild[] | undefined) ?? [];
      return {
        next,
        reason: `planned ${state} -> ${next}`,
        data,
        ...(isUserState(next) && { candidates: [candidateFor(next)] }),
        ...(next === JobState.AwaitingChildren && {
          ...(ctx.job.kind === JobKind.Track && { becomes: JobKind.List }),
          children: children.map((child, i) => ({
            kind: JobKind.Track,
            query: `${ctx.job.query} child ${i + 1}`,
            data: { plan: child.plan } as JobData,
          })),
        }),
      };
    }
  }
  Object.defineProperty(PlannedStep, 'name', { value: `Planned${state}Step` });
  return PlannedStep;
}

function candidateFor(waiting: JobState) {
  const stage = waiting === JobState.UserIntentSelection ? CandidateStage.Intent : CandidateStage.Metadata;
  return { stage, provider: 'planned', score: 0.5, reasons: ['the only one'], payload: { planned: true } };
}

const WORKING: readonly JobState[] = [...WORK_STATES, ...PARENT_WORK_STATES, ...SIDE_WORK_STATES];

/** Providers registering a planned handler for every state a worker runs a step in. */
export function plannedStepProviders(): Provider[] {
  return WORKING.map((state) => makePlannedStep(state));
}
