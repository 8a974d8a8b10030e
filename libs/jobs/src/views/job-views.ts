import { Injectable } from '@nestjs/common';
import { type JobDto, JobState } from '@app/contracts';
import { isParentKind, summarizeChildren } from '@app/core';
import { ChildJobs } from '../child-jobs.repository.js';
import { STAGE_OF_WAITING } from '../engine/waiting-stage.js';
import type { JobEntity } from '../entities/job.entity.js';
import { toJobDto } from '../job.mapper.js';
import { JobQueries } from '../job-queries.repository.js';

/** Jobs as the API and the live stream show them: a waiting job with its open choice, a parent with its children. */
@Injectable()
export class JobViews {
  constructor(
    private readonly queries: JobQueries,
    private readonly children: ChildJobs,
  ) {}

  async toDto(job: JobEntity, withChildren = false): Promise<JobDto> {
    const stage = STAGE_OF_WAITING[job.state];
    const dto = toJobDto(job, stage ? await this.queries.candidates(job.id, stage) : undefined);
    return withChildren && isParentKind(job.kind) ? this.withChildren(job, dto) : dto;
  }

  /** A page of jobs; a parent awaiting its children shows their mean progress. */
  async toDtos(jobs: JobEntity[]): Promise<JobDto[]> {
    const progress = await this.liveProgress(jobs);
    return jobs.map((job) => {
      const dto = toJobDto(job);
      const fraction = progress.get(job.id);
      return fraction === undefined ? dto : { ...dto, progress: { ...dto.progress, fraction } };
    });
  }

  /** The parent with its children, and while they work, their mean progress. */
  private async withChildren(parent: JobEntity, dto: JobDto): Promise<JobDto> {
    const children = await this.children.children(parent.id);
    const progress = await this.liveProgress([parent]);
    return {
      ...dto,
      ...(progress.has(parent.id) && { progress: { ...dto.progress, fraction: progress.get(parent.id)! } }),
      children: children.map((child) => ({
        id: child.id,
        query: child.query,
        state: child.state,
        status: child.status,
        progress: child.progress,
      })),
    };
  }

  /** The mean progress of the children of those jobs that await children. */
  private async liveProgress(jobs: JobEntity[]): Promise<Map<string, number>> {
    const waiting = jobs.filter((job) => job.state === JobState.AwaitingChildren).map((job) => job.id);
    const counts = await this.children.childStateCounts(waiting);
    return new Map([...counts].map(([id, groups]) => [id, summarizeChildren(groups).progress]));
  }
}
