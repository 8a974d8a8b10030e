import type { CandidateStage } from '@app/contracts';
import type { JobData } from './job-data.js';

/**
 * What a person chose at `stage`, as the state machine keeps it in the step data (`choice`), without the
 * `label` it was shown with; undefined when nobody chose at that stage. The payload came from outside (a
 * candidate a person picked): each stage's reader checks its shape with a type guard.
 */
export function chosenPayload(data: Readonly<JobData>, stage: CandidateStage): Record<string, unknown> | undefined {
  const choice = data.choice;
  if (choice?.stage !== stage || !choice.payload) return undefined;
  const { label: _label, ...payload } = choice.payload;
  return payload;
}
