import type { JobDto } from './job.dto.js';

/** `POST /api/v1/import`: a file or a folder on disk, inside the library or an import folder. */
export interface ImportRequest {
  path: string;
}

/** One `import` job per audio file found; what could not be taken is listed with the reason. */
export interface ImportResultDto {
  jobs: JobDto[];
  skipped: { path: string; reason: string }[];
}
