import { CandidateStage, JobKind, JobState } from '@app/contracts';
import { type JobData, type PipelineStep, type StepContext, StepHandler, type StepOutcome } from '@app/jobs';

/**
 * A test EXPANDING step: the parent's query lists its children after the album name, separated by " ; "
 * ("My Album ; plain ; fatal@TAGGING"). With `ask` in the album name and no choice yet it waits for a person
 * to pick a release; `gate.hold` makes the next run wait until the test lets it go.
 */
export const expandGate = {
  runs: 0,
  hold: false,
  held: [] as (() => void)[],
  reset() {
    Object.assign(expandGate, { runs: 0, hold: false, held: [] });
  },
  releaseAll() {
    for (const resume of expandGate.held.splice(0)) resume();
  },
};

@StepHandler(JobState.Expanding)
export class ScriptedExpandStep implements PipelineStep {
  async run(ctx: StepContext): Promise<StepOutcome> {
    expandGate.runs += 1;
    if (expandGate.hold) {
      expandGate.hold = false;
      await new Promise<void>((resolve) => expandGate.held.push(resolve));
    }
    const [name = '', ...tracks] = ctx.job.query.split(' ; ').map((part) => part.trim());
    const choice = ctx.job.data.choice;
    if (/\bask\b/.test(name) && !choice) {
      return {
        next: JobState.UserIntentSelection,
        reason: 'Two releases match; a person should choose',
        candidates: ['Release A', 'Release B'].map((release, i) => ({
          stage: CandidateStage.Intent,
          provider: 'scripted',
          score: 0.5 - i / 10,
          reasons: [release],
          payload: { release },
        })),
      };
    }
    return {
      next: JobState.AwaitingChildren,
      reason: `${tracks.length} tracks on ${String(choice?.payload['release'] ?? name)}`,
      children: tracks.map((query, i) => ({
        kind: JobKind.Track,
        query,
        // A key the acquisition library declares, which the engine's tests do not load.
        data: {
          recording: {
            provider: 'scripted',
            providerId: query,
            title: query,
            artists: [],
            extra: { trackNumber: i + 1 },
          },
        } as JobData,
      })),
    };
  }
}
