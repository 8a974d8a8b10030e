import type { RecordingCandidate, Scored } from '@app/core';
import type { CandidateInput } from '@app/jobs';
import { CandidateStage } from '@app/contracts';
import type { ProviderRecording } from '../providers/provider-models.js';

/** A provider's recording in the shape scoring works on (one ISRC becomes a list). */
export function toRecordingCandidate(recording: ProviderRecording): RecordingCandidate {
  const { isrc, ...rest } = recording;
  return { ...rest, ...(isrc ? { isrcs: [isrc] } : {}) };
}

/** A scored recording as stored on the job: what a person sees when asked to choose. */
export function toCandidateInput<T extends object>(
  stage: CandidateStage,
  scored: Scored<T>,
  provider: string,
): CandidateInput {
  return {
    stage,
    provider,
    score: scored.score,
    scoreParts: Object.fromEntries(scored.parts.map((part) => [part.name, round(1 - part.distance)])),
    reasons: scored.reasons,
    payload: { ...scored.candidate, label: scored.label } as Record<string, unknown>,
  };
}

export const intentCandidate = (scored: Scored<RecordingCandidate>): CandidateInput =>
  toCandidateInput(CandidateStage.Intent, scored, scored.candidate.provider);

const round = (n: number) => Math.round(n * 1000) / 1000;
