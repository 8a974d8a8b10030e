import type { JobState } from '@app/contracts';

/** How one run of a step ended, as the runner reports it. */
export type StepRunOutcome = 'completed' | 'retry-scheduled' | 'failed' | 'dropped';

/** One step run: the state it worked in, how it ended and how long it took (claim to outcome). */
export interface StepRunRecord {
  jobId: string;
  state: JobState;
  outcome: StepRunOutcome;
  durationMs: number;
}

/** Told about every step run, e.g. to time steps; optional, provided by whoever wants to watch. */
export interface StepObserver {
  stepFinished(record: StepRunRecord): void;
}

/** Injection token of the optional {@link StepObserver}. */
export const STEP_OBSERVER = Symbol('STEP_OBSERVER');
