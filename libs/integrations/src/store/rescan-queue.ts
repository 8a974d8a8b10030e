import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@app/db';
import type { EntityManager } from 'typeorm';
import { RescanPendingEntity } from './rescan-pending.entity.js';

/** Landed files waiting for their media-server rescan, in the database so a crash in the window loses none. */
@Injectable()
export class RescanQueue {
  constructor(private readonly tx: TransactionRunner) {}

  /** Inside the caller's transaction: the file is waiting exactly when the caller's other writes exist. */
  async add(manager: EntityManager, path: string, at: number): Promise<void> {
    await manager.insert(RescanPendingEntity, { path, at });
  }

  /** When the earliest waiting file landed, if any waits. */
  async oldest(): Promise<number | undefined> {
    const row = await this.tx.outsideTransaction((manager) =>
      manager.createQueryBuilder(RescanPendingEntity, 'r').orderBy('r.at', 'ASC').addOrderBy('r.id', 'ASC').getOne(),
    );
    return row?.at;
  }

  /**
   * Hands every waiting file to `handle` and removes them, in one transaction: the rescan deliveries `handle`
   * writes exist exactly when the files stop waiting.
   */
  async take(handle: (paths: string[], manager: EntityManager) => Promise<void>): Promise<number> {
    return this.tx.run(async (manager) => {
      const rows = await manager.find(RescanPendingEntity, { order: { id: 'ASC' } });
      if (!rows.length) return 0;
      await handle([...new Set(rows.map((row) => row.path))], manager);
      await manager.delete(
        RescanPendingEntity,
        rows.map((row) => row.id),
      );
      return rows.length;
    });
  }
}
