import type { CandidateStage, JobEventType, JobKind, JobState, JobStatus } from './job-state.js';

/** Options accepted when a job is created. */
/** How the audio is written: keep the source codec, MP3 (V0 or 320k), or FLAC from lossless sources only. */
export type OutputFormat = 'original' | 'mp3-v0' | 'mp3-320' | 'flac';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['original', 'mp3-v0', 'mp3-320', 'flac'];

export interface JobOptions {
  /** Pause for a person's choice even when the match is strong. */
  ask?: boolean;
  /** Overrides TRUETRACK_OUTPUT_POLICY for this job. */
  format?: OutputFormat;
}

/** Body of `POST /jobs`. */
export interface CreateJobRequest {
  query: string;
  kind?: JobKind;
  options?: JobOptions;
}

/** Body of `POST /jobs/:id/input`: a candidate's index (0-based) or id. */
export interface JobInputRequest {
  choice: number | string;
}

/** A candidate as a person sees it when a job waits for a choice. */
export interface CandidateDto {
  id: string;
  index: number;
  stage: CandidateStage;
  provider: string;
  score: number;
  scoreParts: Record<string, number>;
  reasons: string[];
  payload: Record<string, unknown>;
}

/** A failure kept on the job. */
export interface JobErrorDto {
  code: string;
  message: string;
  state: JobState;
  retryable: boolean;
}

/** Live progress of the running step. */
export interface JobProgressDto {
  /** 0..1 for the whole job. */
  fraction: number;
  /** Free-form facts of the running step (percent, speed, eta…). */
  detail?: Record<string, unknown>;
}

/** A job as returned by `GET /jobs/:id`. */
export interface JobDto {
  id: string;
  kind: JobKind;
  query: string;
  options: JobOptions;
  status: JobStatus;
  state: JobState;
  progress: JobProgressDto;
  candidates?: CandidateDto[];
  result: Record<string, unknown> | null;
  error: JobErrorDto | null;
  attempts: number;
  parentId: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
  nextRunAt: string | null;
}

/** One entry of `GET /jobs/:id/history`. */
export interface JobEventDto {
  id: number;
  type: JobEventType;
  from: JobState | null;
  to: JobState;
  reason: string;
  data: Record<string, unknown> | null;
  at: string;
}

/** Query parameters of `GET /jobs`. */
export interface ListJobsQuery {
  status?: JobStatus | JobStatus[];
  state?: JobState | JobState[];
  kind?: JobKind;
  q?: string;
  page?: number;
  pageSize?: number;
}

/** A page of results. */
export interface Page<T> {
  page: number;
  pageSize: number;
  totalRecords: number;
  records: T[];
}
