import type { JobDto, JobProgressDto } from './job.dto.js';
import type { LibraryScanCounts, LibraryScanPhase } from './library.dto.js';
import type { SearchResponseDto } from './search.dto.js';

/** Names of the events on `GET /api/v1/events`. */
export enum JobStreamEvent {
  Created = 'job.created',
  Updated = 'job.updated',
  Progress = 'job.progress',
}

export interface JobCreatedEvent {
  type: JobStreamEvent.Created;
  job: JobDto;
}

export interface JobUpdatedEvent {
  type: JobStreamEvent.Updated;
  job: JobDto;
}

export interface JobProgressEvent {
  type: JobStreamEvent.Progress;
  jobId: string;
  state: string;
  progress: JobProgressDto;
}

/** Progress of a library scan, a few times per second at most; not tied to a job. */
export interface LibraryScanEvent extends LibraryScanCounts {
  type: 'library.scan';
  scanId: string;
  phase: LibraryScanPhase;
  /** Audio files to look at, once walking is over. */
  total?: number;
}

/** A search in plain words was answered (questions or results), as `POST /api/v1/search` answered it. */
export interface SearchAnsweredEvent {
  type: 'search.answered';
  /** Whose search: `user:<id>`, `api` or `local`. */
  person: string;
  search: SearchResponseDto;
}

export type JobStreamMessage =
  JobCreatedEvent | JobUpdatedEvent | JobProgressEvent | LibraryScanEvent | SearchAnsweredEvent;
