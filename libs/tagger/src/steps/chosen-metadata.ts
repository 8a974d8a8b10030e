import { CandidateStage, type TrackMetadata } from '@app/contracts';
import { chosenPayload, type JobData } from '@app/jobs';

/**
 * The metadata a person chose in USER_METADATA_SELECTION, when it is metadata (a title and artists); the payload
 * comes back from outside, so its shape is checked, not assumed.
 */
export function chosenMetadata(data: Readonly<JobData>): TrackMetadata | undefined {
  const chosen = chosenPayload(data, CandidateStage.Metadata);
  return isTrackMetadata(chosen) ? chosen : undefined;
}

export function isTrackMetadata(value: unknown): value is TrackMetadata {
  if (typeof value !== 'object' || value === null) return false;
  const m: Partial<Record<keyof TrackMetadata, unknown>> = value;
  return typeof m.title === 'string' && Array.isArray(m.artists);
}
