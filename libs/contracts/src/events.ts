import type { JobDto, JobProgressDto } from './job.dto.js';

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

export type JobStreamMessage = JobCreatedEvent | JobUpdatedEvent | JobProgressEvent;
