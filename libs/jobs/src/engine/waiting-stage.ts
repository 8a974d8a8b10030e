import { CandidateStage, JobState } from '@app/contracts';

/** The candidates a person chooses from in each waiting state. */
export const STAGE_OF_WAITING: Partial<Record<JobState, CandidateStage>> = {
  [JobState.UserIntentSelection]: CandidateStage.Intent,
  [JobState.UserMetadataSelection]: CandidateStage.Metadata,
};
