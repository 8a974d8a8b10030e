import { Injectable } from '@nestjs/common';
import type { JobKind, JobState } from '@app/contracts';
import { TransactionRunner } from '@app/db';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';

/** One transition of a job's history, with the job it belongs to. */
export interface TransitionLine {
  eventId: number;
  jobId: string;
  parentId: string | null;
  kind: JobKind;
  query: string;
  toState: JobState;
  reason: string;
  at: number;
}

export interface TransitionPage {
  /** Only transitions into these states. */
  states: readonly JobState[];
  skip: number;
  take: number;
  ascending: boolean;
  /** Only this job's transitions and its children's. */
  jobId?: string;
}

interface RawLine {
  event_id: number | string;
  job_id: string;
  parent_id: string | null;
  kind: JobKind;
  query: string;
  to_state: JobState;
  reason: string;
  at: number | string;
}

/** Reads the transitions kept in the job history, in event order, for other modules' own history views. */
@Injectable()
export class TransitionHistory {
  constructor(private readonly tx: TransactionRunner) {}

  /** One page of matching transitions, and how many match in all. */
  page(options: TransitionPage): Promise<[TransitionLine[], number]> {
    if (!options.states.length) return Promise.resolve([[], 0]);
    return this.tx.outsideTransaction(async (manager) => {
      const total = await matching(manager, options).getCount();
      const rows = await matching(manager, options)
        .select([
          'e.id AS event_id',
          'e.job_id AS job_id',
          'j.parent_id AS parent_id',
          'j.kind AS kind',
          'j.query AS query',
          'e.to_state AS to_state',
          'e.reason AS reason',
          'e.at AS at',
        ])
        .orderBy('e.id', options.ascending ? 'ASC' : 'DESC')
        .offset(options.skip)
        .limit(options.take)
        .getRawMany<RawLine>();
      return [rows.map(toLine), total];
    });
  }
}

function matching(manager: EntityManager, options: TransitionPage): SelectQueryBuilder<object> {
  const qb = manager
    .createQueryBuilder()
    .from('job_event', 'e')
    .innerJoin('job', 'j', 'j.id = e.job_id')
    .where('e.type = :type', { type: 'transition' })
    .andWhere('e.to_state IN (:...states)', { states: [...options.states] });
  if (options.jobId) qb.andWhere('(j.id = :jobId OR j.parent_id = :jobId)', { jobId: options.jobId });
  return qb;
}

function toLine(raw: RawLine): TransitionLine {
  return {
    eventId: Number(raw.event_id),
    jobId: raw.job_id,
    parentId: raw.parent_id,
    kind: raw.kind,
    query: raw.query,
    toState: raw.to_state,
    reason: raw.reason,
    at: Number(raw.at),
  };
}
