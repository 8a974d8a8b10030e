import { Inject, Injectable } from '@nestjs/common';
import { TransactionRunner } from '@app/db';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { HISTORY_STATES, type HistoryRow } from './history.resource.js';

interface RawRow {
  event_id: number | string;
  job_id: string;
  parent_id: string | null;
  kind: HistoryRow['kind'];
  query: string;
  to_state: HistoryRow['toState'];
  reason: string;
  at: number | string;
}

/** Reads job history lines for Lidarr's history, newest first; read-only over the job tables. */
@Injectable()
export class HistoryReader {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  async page(options: {
    skip: number;
    take: number;
    ascending: boolean;
    jobId?: string;
  }): Promise<[HistoryRow[], number]> {
    return this.tx.outsideTransaction(async () => {
      const total = await this.query(options.jobId).getCount();
      const rows = await this.query(options.jobId)
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
        .getRawMany<RawRow>();
      return [rows.map(toRow), total];
    });
  }

  private query(jobId?: string): SelectQueryBuilder<object> {
    const qb = this.dataSource
      .createQueryBuilder()
      .from('job_event', 'e')
      .innerJoin('job', 'j', 'j.id = e.job_id')
      .where('e.type = :type', { type: 'transition' })
      .andWhere('e.to_state IN (:...states)', { states: [...HISTORY_STATES] });
    if (jobId) qb.andWhere('(j.id = :jobId OR j.parent_id = :jobId)', { jobId });
    return qb;
  }
}

function toRow(raw: RawRow): HistoryRow {
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
