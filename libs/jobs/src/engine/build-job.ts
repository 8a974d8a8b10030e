import { randomUUID } from 'node:crypto';
import { JobEventType, JobKind } from '@app/contracts';
import { canStartIn, initialState, isWorkState, statusOf } from '@app/core';
import type { JobEntity } from '../entities/job.entity.js';
import type { NewJobRow } from '../job.repository.js';
import type { NewJob } from './new-job.js';

export interface BuildJobExtras {
  idempotencyKey?: string | null;
  requestHash?: string | null;
  parentId?: string | null;
}

/** A job row as it is inserted: in its kind's first state, due at once when that state is a step. */
export function buildJob(request: NewJob, now: number, extras: BuildJobExtras = {}): JobEntity {
  const kind = request.kind ?? JobKind.Track;
  const state = request.start?.state ?? initialState(kind);
  if (!canStartIn(kind, state)) throw new Error(`A ${kind} job cannot start in ${state}`);
  return Object.assign({} as JobEntity, {
    id: randomUUID(),
    kind,
    query: request.query,
    options: request.options ?? {},
    state,
    status: statusOf(state),
    progress: 0,
    progressDetail: null,
    stepData: request.data ?? {},
    result: null,
    error: null,
    attempts: 0,
    idempotencyKey: extras.idempotencyKey ?? null,
    requestHash: extras.requestHash ?? null,
    parentId: extras.parentId ?? request.parentId ?? null,
    leaseOwner: null,
    leaseUntil: null,
    nextRunAt: isWorkState(state) ? now : null,
    version: 0,
    createdAt: now,
    updatedAt: now,
    finishedAt: null,
  });
}

/**
 * A parent's children as rows. Each is created a millisecond after the previous one so that listing them
 * by creation time keeps the order of the album's tracks or the list's lines.
 */
export function buildChildren(parentId: string, children: readonly NewJob[], now: number): JobEntity[] {
  return children.map((child, index) => buildJob(child, now + index, { parentId }));
}

/** The rows of the children a parent creates, each with its first history line naming who asked for it. */
export function childRows(parent: JobEntity, children: readonly NewJob[], now: number): NewJobRow[] {
  return buildChildren(parent.id, children, now).map((child, index) => {
    const requested = `Requested by ${parent.kind} job ${parent.id}: ${child.query}`;
    const started = children[index]?.start?.reason;
    return {
      job: { ...child, options: { ...parent.options, ...child.options } },
      event: {
        type: JobEventType.Created,
        from: null,
        to: child.state,
        reason: started ? `${requested}; ${started}` : requested,
      },
    };
  });
}
