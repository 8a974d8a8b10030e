import type { CandidateStage, JobKind, JobOptions, JobState } from '@app/contracts';
import type { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { JobData } from './job-data.js';
import type { NewJob } from './new-job.js';

/** What a step sees of its job. */
export interface JobSnapshot {
  id: string;
  kind: JobKind;
  query: string;
  options: JobOptions;
  state: JobState;
  /** What the previous step (or a person's choice) handed over. */
  data: Readonly<JobData>;
  attempt: number;
  parentId: string | null;
}

export interface StepContext {
  readonly job: Readonly<JobSnapshot>;
  /** Aborted when the job is cancelled or this worker loses its lease; stop and clean up. */
  readonly signal: AbortSignal;
  readonly logger: Logger;
  /** Reports how far this step is (0..1) with optional facts such as speed or ETA. */
  progress(fraction: number, detail?: Record<string, unknown>): void;
}

export interface CandidateInput {
  stage: CandidateStage;
  provider: string;
  score: number;
  scoreParts?: Record<string, number>;
  reasons: string[];
  payload: Record<string, unknown>;
}

/** What a step decided: the next state, why, and what the next step needs. */
export interface StepOutcome {
  next: JobState;
  reason: string;
  data?: JobData;
  /** Stored with the transition; required when `next` waits for a person. */
  candidates?: CandidateInput[];
  result?: Record<string, unknown>;
  /** Writes applied in the transition's own transaction, so they land exactly once. */
  persist?: (manager: EntityManager) => Promise<void>;
  /** Undoes what the step did outside the database, called when the job was cancelled before the outcome landed. */
  discard?: () => Promise<void>;
  /** Child jobs (an album's tracks) inserted in the transition's transaction, so they exist exactly once. */
  children?: NewJob[];
  /** The kind the job is from now on: a track link that turned out to be a playlist becomes a `list`. */
  becomes?: JobKind;
}

/** A handler for one working state. Throw RetryableError / PermanentError to fail. */
export interface PipelineStep {
  run(ctx: StepContext): Promise<StepOutcome>;
}
