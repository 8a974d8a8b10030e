import type { CandidateDto, JobDto, JobEventDto } from '@app/contracts';
import type { CandidateEntity } from './entities/candidate.entity.js';
import type { JobEventEntity } from './entities/job-event.entity.js';
import type { JobEntity } from './entities/job.entity.js';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function toJobDto(job: JobEntity, candidates?: CandidateEntity[]): JobDto {
  return {
    id: job.id,
    kind: job.kind,
    query: job.query,
    options: job.options,
    status: job.status,
    state: job.state,
    progress: { fraction: job.progress, ...(job.progressDetail ? { detail: job.progressDetail } : {}) },
    ...(candidates ? { candidates: candidates.map(toCandidateDto) } : {}),
    result: job.result,
    error: job.error,
    attempts: job.attempts,
    parentId: job.parentId,
    createdAt: iso(job.createdAt)!,
    updatedAt: iso(job.updatedAt)!,
    finishedAt: iso(job.finishedAt),
    nextRunAt: iso(job.nextRunAt),
  };
}

export function toCandidateDto(candidate: CandidateEntity): CandidateDto {
  return {
    id: candidate.id,
    index: candidate.rank,
    stage: candidate.stage,
    provider: candidate.provider,
    score: candidate.score,
    scoreParts: candidate.scoreParts,
    reasons: candidate.reasons,
    payload: candidate.payload,
  };
}

export function toJobEventDto(event: JobEventEntity): JobEventDto {
  return {
    id: event.id,
    type: event.type,
    from: event.fromState,
    to: event.toState,
    reason: event.reason,
    data: event.data,
    at: iso(event.at)!,
  };
}
