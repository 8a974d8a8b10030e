import { Injectable } from '@nestjs/common';
import type { JobDto } from '@app/contracts';
import { TransactionRunner } from '@app/db';
import { type EntityManager, In, IsNull } from 'typeorm';
import { JobOutboxEntity } from '../entities/job-outbox.entity.js';
import { JobEntity } from '../entities/job.entity.js';
import { toJobDto } from '../job.mapper.js';

/** A state a job entered, as the job looks now but in the state it entered then. */
export interface JobAnnouncement {
  id: number;
  at: number;
  job: JobDto;
}

/**
 * The jobs' outbox: every entry into an announced state (`ANNOUNCED_STATES`), written in the transaction of the
 * transition itself, so a crash can never lose one. A reader takes them in order and handles them inside the same
 * transaction that marks them handled: what it writes there (deliveries, say) exists exactly when they are marked.
 */
@Injectable()
export class JobOutbox {
  constructor(private readonly tx: TransactionRunner) {}

  /** Hands up to `limit` unhandled announcements to `handle`, then marks them handled; returns how many there were. */
  async drain(
    handle: (announcements: JobAnnouncement[], manager: EntityManager) => Promise<void>,
    limit = 200,
  ): Promise<number> {
    return this.tx.run(async (manager) => {
      const query = manager
        .createQueryBuilder(JobOutboxEntity, 'outbox')
        .where('outbox.handled_at IS NULL')
        .orderBy('outbox.id', 'ASC')
        .take(limit);
      // Two readers on Postgres each take their own rows; SQLite has one writer at a time anyway.
      if (manager.connection.options.type === 'postgres') query.setLock('pessimistic_write').setOnLocked('skip_locked');
      const rows = await query.getMany();
      if (!rows.length) return 0;
      const jobs = await manager.findBy(JobEntity, { id: In([...new Set(rows.map((row) => row.jobId))]) });
      const byId = new Map(jobs.map((job) => [job.id, job]));
      const announcements = rows.flatMap((row): JobAnnouncement[] => {
        const job = byId.get(row.jobId);
        return job ? [{ id: row.id, at: row.at, job: { ...toJobDto(job), state: row.state } }] : [];
      });
      if (announcements.length) await handle(announcements, manager);
      await manager.update(
        JobOutboxEntity,
        { id: In(rows.map((row) => row.id)), handledAt: IsNull() },
        { handledAt: Date.now() },
      );
      return rows.length;
    });
  }

  /** Removes handled announcements older than `before`: the history keeps the transitions themselves. */
  async prune(before: number): Promise<void> {
    await this.tx.run((manager) =>
      manager
        .createQueryBuilder()
        .delete()
        .from(JobOutboxEntity)
        .where('handled_at IS NOT NULL AND handled_at < :before', { before })
        .execute(),
    );
  }
}
