import type { JobKind, JobOptions, JobState } from '@app/contracts';
import type { JobData } from './job-data.js';

/** What it takes to create a job. */
export interface NewJob {
  query: string;
  kind?: JobKind;
  options?: JobOptions;
  parentId?: string | null;
  /** What the first step starts from, e.g. the recording an album job already knows for its track. */
  data?: JobData;
  /**
   * A later first state, when `data` already holds what the earlier steps would find (see `canStartIn`): a person's
   * pick from a search, an album track whose audio the album's torrent brought. Set by steps and services, never
   * by a request body. The reason is the job's first history line.
   */
  start?: { state: JobState; reason: string };
}
