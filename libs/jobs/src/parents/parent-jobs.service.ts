import { Injectable } from '@nestjs/common';
import { JobEventType, JobState, JobStatus, JobStreamEvent } from '@app/contracts';
import { canReopenParent, isParentKind, summarizeChildren } from '@app/core';
import { ChildJobs } from '../child-jobs.repository.js';
import { JobTransitions } from '../engine/job-transitions.js';
import { JobEventBus } from '../events/job-event-bus.js';
import { JobRepository } from '../job.repository.js';

/**
 * Keeps album and list jobs in step with their children: re-evaluated whenever a child ends (and by the
 * dispatcher's poll, after a crash), ended when the last child ends, and reopened when a child is retried.
 * Every write is a transition guarded by the parent's version, so running it twice or concurrently changes
 * nothing more.
 */
@Injectable()
export class ParentJobs {
  constructor(
    private readonly jobs: JobRepository,
    private readonly children: ChildJobs,
    private readonly transitions: JobTransitions,
    private readonly bus: JobEventBus,
  ) {}

  /** Updates a waiting parent's progress and ends it once none of its children is at work. */
  async settle(parentId: string): Promise<void> {
    for (;;) {
      const parent = await this.jobs.findById(parentId);
      if (!parent || parent.state !== JobState.AwaitingChildren) return;
      const counts = (await this.children.childStateCounts([parentId])).get(parentId) ?? [];
      const summary = summarizeChildren(counts);
      if (!summary.outcome) {
        if (await this.children.saveParentProgress(parentId, summary.progress)) {
          this.bus.publish({
            type: JobStreamEvent.Progress,
            jobId: parentId,
            state: parent.state,
            progress: { fraction: summary.progress },
          });
        }
        return;
      }
      const { children, succeeded, failed, cancelled } = summary;
      const next = summary.outcome;
      const updated = await this.transitions.transition(
        parent,
        next,
        summary.reason,
        {
          result: { children, succeeded, failed, cancelled },
          error:
            next === JobState.Failed
              ? { code: 'children_failed', message: summary.reason, state: parent.state, retryable: true }
              : null,
          progress: next === JobState.Finalized ? 1 : summary.progress,
          progressDetail: null,
        },
        { statuses: [JobStatus.Running] },
      );
      if (updated) return;
    }
  }

  /**
   * A finished parent waits again once one of its children is retried: the retry edge out of FINALIZED (or out
   * of FAILED, when it failed awaiting children) back to AWAITING_CHILDREN.
   */
  async reopen(parentId: string, reason: string): Promise<void> {
    for (;;) {
      const parent = await this.jobs.findById(parentId);
      if (!parent || !isParentKind(parent.kind) || !canReopenParent(parent.state, parent.error?.state)) return;
      const patch = { result: null, error: null };
      const reopened = await this.transitions.transition(parent, JobState.AwaitingChildren, reason, patch, {
        type: JobEventType.Retried,
      });
      if (reopened) return;
    }
  }
}
