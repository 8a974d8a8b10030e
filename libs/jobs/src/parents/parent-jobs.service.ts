import { Inject, Injectable, Logger } from '@nestjs/common';
import { type JobDto, JobEventType, JobState, JobStatus, JobStreamEvent } from '@app/contracts';
import { canReopenParent, isParentKind, statusOf, summarizeChildren } from '@app/core';
import { CLOCK, type Clock } from '@app/platform';
import type { JobEntity } from '../entities/job.entity.js';
import { JobEventBus } from '../events/job-event-bus.js';
import { toJobDto } from '../job.mapper.js';
import { JobRepository } from '../job.repository.js';

/**
 * Keeps album and list jobs in step with their children: re-evaluated whenever a child ends (and by the
 * dispatcher's poll, after a crash), ended when the last child ends, and reopened when a child is retried.
 * Every write is guarded by the parent's version, so running it twice or concurrently changes nothing more.
 */
@Injectable()
export class ParentJobs {
  private readonly logger = new Logger(ParentJobs.name);

  constructor(
    private readonly jobs: JobRepository,
    private readonly bus: JobEventBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Updates a waiting parent's progress and ends it once none of its children is at work. */
  async settle(parentId: string): Promise<void> {
    for (;;) {
      const parent = await this.jobs.findById(parentId);
      if (!parent || parent.state !== JobState.AwaitingChildren) return;
      const counts = (await this.jobs.childStateCounts([parentId])).get(parentId) ?? [];
      const summary = summarizeChildren(counts);
      if (!summary.outcome) {
        if (await this.jobs.saveParentProgress(parentId, summary.progress)) {
          this.bus.publish({
            type: JobStreamEvent.Progress,
            jobId: parentId,
            state: parent.state,
            progress: { fraction: summary.progress },
          });
        }
        return;
      }
      const now = this.clock.now();
      const { children, succeeded, failed, cancelled } = summary;
      const next = summary.outcome;
      const updated = await this.jobs.write(
        parentId,
        { base: parent, version: parent.version, statuses: [JobStatus.Running] },
        {
          state: next,
          status: statusOf(next),
          result: { children, succeeded, failed, cancelled },
          error:
            next === JobState.Failed
              ? { code: 'children_failed', message: summary.reason, state: parent.state, retryable: true }
              : null,
          progress: next === JobState.Finalized ? 1 : summary.progress,
          progressDetail: null,
          nextRunAt: null,
          finishedAt: now,
          updatedAt: now,
        },
        { type: JobEventType.Transition, from: parent.state, to: next, reason: summary.reason },
      );
      if (!updated) continue;
      this.logger.log(`Job ${parentId}: ${parent.state} -> ${next} (${summary.reason})`);
      this.bus.publish({ type: JobStreamEvent.Updated, job: toJobDto(updated) });
      return;
    }
  }

  /** A finished parent waits again once one of its children is retried. */
  async reopen(parentId: string, reason: string): Promise<void> {
    for (;;) {
      const parent = await this.jobs.findById(parentId);
      if (!parent || !isParentKind(parent.kind) || !canReopenParent(parent.state, parent.error?.state)) return;
      const now = this.clock.now();
      const updated = await this.jobs.write(
        parentId,
        { base: parent, version: parent.version },
        {
          state: JobState.AwaitingChildren,
          status: JobStatus.Running,
          result: null,
          error: null,
          nextRunAt: null,
          finishedAt: null,
          updatedAt: now,
        },
        { type: JobEventType.Retried, from: parent.state, to: JobState.AwaitingChildren, reason },
      );
      if (!updated) continue;
      this.logger.log(`Job ${parentId}: ${parent.state} -> AWAITING_CHILDREN (${reason})`);
      this.bus.publish({ type: JobStreamEvent.Updated, job: toJobDto(updated) });
      return;
    }
  }

  /** The parent as the API shows it: its children, and while they work, their mean progress. */
  async describe(parent: JobEntity, dto: JobDto): Promise<JobDto> {
    const children = await this.jobs.children(parent.id);
    const progress = parent.state === JobState.AwaitingChildren ? await this.liveProgress([parent]) : undefined;
    return {
      ...dto,
      ...(progress?.has(parent.id) && { progress: { ...dto.progress, fraction: progress.get(parent.id)! } }),
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
  async liveProgress(jobs: JobEntity[]): Promise<Map<string, number>> {
    const waiting = jobs.filter((job) => job.state === JobState.AwaitingChildren).map((job) => job.id);
    const counts = await this.jobs.childStateCounts(waiting);
    return new Map([...counts].map(([id, groups]) => [id, summarizeChildren(groups).progress]));
  }
}
