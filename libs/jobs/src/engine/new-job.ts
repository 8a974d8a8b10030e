import type { JobKind, JobOptions, JobState } from '@app/contracts';

/** What it takes to create a job. */
export interface NewJob {
  query: string;
  kind?: JobKind;
  options?: JobOptions;
  parentId?: string | null;
  /** What the first step starts from, e.g. the recording an album job already knows for its track. */
  data?: Record<string, unknown>;
  /**
   * A later first state, when `data` already holds what the earlier steps would find (see `canStartIn`), and the
   * reason the history gives for it.
   */
  start?: { state: JobState; reason: string };
}
