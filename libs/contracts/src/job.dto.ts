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
  /** Lets a link to a channel, or to a playlist of more than 200 entries, become one job per entry. */
  allowLarge?: boolean;
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
  /** An album or list job's track jobs, in the order they were created (`GET /jobs/:id` only). */
  children?: JobChildDto[];
}

/** One child job as its parent lists it. */
export interface JobChildDto {
  id: string;
  query: string;
  state: JobState;
  status: JobStatus;
  progress: number;
}

/** What an album or list job's children came to; the parent's `result` once they have all ended. */
export interface ChildrenSummaryDto {
  children: number;
  succeeded: number;
  failed: number;
  cancelled: number;
}

/** Body of `POST /api/v1/lists`: pasted lines, an M3U/M3U8 playlist or a CSV with artist and title columns. */
export interface CreateListRequest {
  text: string;
  /** Decides the format by its extension (`.m3u`, `.m3u8`, `.csv`) and names the list. */
  fileName?: string;
  /** Applied to the list job and every track job it creates. */
  options?: JobOptions;
}

/** What `POST /api/v1/lists` made: the list job, its track jobs and the lines it could not use. */
export interface CreateListResponse {
  job: JobDto;
  format: 'lines' | 'm3u' | 'csv';
  childIds: string[];
  skipped: { line: number; reason: string }[];
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
  /** Only the children of this job; `none` for jobs without a parent. */
  parentId?: string;
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
