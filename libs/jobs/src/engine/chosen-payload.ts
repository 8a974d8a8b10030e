import type { CandidateStage } from '@app/contracts';

/**
 * What a person chose at `stage`, as the state machine keeps it in the step data (`choice`), without the
 * `label` it was shown with; undefined when nobody chose at that stage.
 */
export function chosenPayload(
  data: Record<string, unknown>,
  stage: CandidateStage,
): Record<string, unknown> | undefined {
  const choice = data['choice'] as { stage?: unknown; payload?: Record<string, unknown> } | undefined;
  if (choice?.stage !== stage || !choice.payload) return undefined;
  const { label: _label, ...payload } = choice.payload;
  return payload;
}
