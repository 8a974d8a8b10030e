import { Inject, Injectable } from '@nestjs/common';
import type { CandidateStage, ListJobsQuery } from '@app/contracts';
import { TransactionRunner } from '@app/db';
import { DataSource } from 'typeorm';
import { CandidateEntity } from './entities/candidate.entity.js';
import { JobEventEntity } from './entities/job-event.entity.js';
import { JobEntity } from './entities/job.entity.js';

/** What the API lists of jobs: pages of jobs, a job's history lines and the candidates its steps offered. */
@Injectable()
export class JobQueries {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  async list(query: ListJobsQuery): Promise<[JobEntity[], number]> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const qb = this.dataSource.createQueryBuilder(JobEntity, 'job');
    const statuses = toList(query.status);
    const states = toList(query.state);
    if (statuses.length) qb.andWhere('job.status IN (:...statuses)', { statuses });
    if (states.length) qb.andWhere('job.state IN (:...states)', { states });
    if (query.kind) qb.andWhere('job.kind = :kind', { kind: query.kind });
    if (query.parentId === 'none') qb.andWhere('job.parent_id IS NULL');
    else if (query.parentId) qb.andWhere('job.parent_id = :parentId', { parentId: query.parentId });
    if (query.q) {
      const pattern = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(`LOWER(job.query) LIKE :q ESCAPE '\\'`, { q: pattern });
    }
    qb.orderBy('job.created_at', 'DESC')
      .addOrderBy('job.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize);
    return this.tx.outsideTransaction(() => qb.getManyAndCount());
  }

  history(jobId: string): Promise<JobEventEntity[]> {
    return this.tx.outsideTransaction((manager) =>
      manager.find(JobEventEntity, { where: { jobId }, order: { id: 'ASC' } }),
    );
  }

  candidates(jobId: string, stage?: CandidateStage): Promise<CandidateEntity[]> {
    const where = { jobId, ...(stage ? { stage } : {}) };
    return this.tx.outsideTransaction((manager) =>
      manager.find(CandidateEntity, { where, order: { stage: 'ASC', rank: 'ASC' } }),
    );
  }
}

function toList<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
