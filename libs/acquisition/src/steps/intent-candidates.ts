import { Injectable } from '@nestjs/common';
import { type CandidateDto, CandidateStage } from '@app/contracts';
import { JobsService } from '@app/jobs';

/** A candidate as the job engine stored it with a transition. */
export type StoredCandidate = CandidateDto;

/** The recordings RESOLVING_IDENTITY offered for a job, best first. */
@Injectable()
export class IntentCandidates {
  constructor(private readonly jobs: JobsService) {}

  find(jobId: string): Promise<StoredCandidate[]> {
    return this.jobs.candidates(jobId, CandidateStage.Intent);
  }
}
