import { Injectable, Logger } from '@nestjs/common';
import { ConflictError } from '@app/core';
import { JobStateMachine } from '../engine/job-state-machine.service.js';
import { ChildJobs } from '../child-jobs.repository.js';
import { ParentJobs } from './parent-jobs.service.js';

const BATCH = 100;

/**
 * What a crash can leave half done between a child's commit and its parent's update: a parent still
 * awaiting children that have all ended, or children at work under a cancelled parent. The dispatchers
 * run this with their poll; every action is idempotent.
 */
@Injectable()
export class ParentReconciler {
  private readonly logger = new Logger(ParentReconciler.name);

  constructor(
    private readonly children: ChildJobs,
    private readonly parents: ParentJobs,
    private readonly machine: JobStateMachine,
  ) {}

  async reconcile(): Promise<void> {
    try {
      for (const parentId of await this.children.findSettleableParents(BATCH)) await this.parents.settle(parentId);
      for (const childId of await this.children.findOrphanedChildren(BATCH)) {
        await this.machine.cancel(childId, 'Cancelled because its parent job was cancelled').catch((error) => {
          if (!(error instanceof ConflictError)) throw error;
        });
      }
    } catch (error) {
      this.logger.warn(`Could not bring parent jobs up to date: ${(error as Error).message}`);
    }
  }
}
