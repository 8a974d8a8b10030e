import type { JobKind, JobOptions } from '@app/contracts';

/** What it takes to create a job. */
export interface NewJob {
  query: string;
  kind?: JobKind;
  options?: JobOptions;
  parentId?: string | null;
  /** What the first step starts from, e.g. the recording an album job already knows for its track. */
  data?: Record<string, unknown>;
}
