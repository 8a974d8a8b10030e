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
   * Where a child starts instead of its kind's first state: a track whose audio its parent already downloaded (an
   * album's torrent) starts at EXTRACTING. Only a parent's step sets it; requests never do.
   */
  startState?: JobState;
}
