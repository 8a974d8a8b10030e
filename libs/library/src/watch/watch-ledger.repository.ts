import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@app/db';
import { In } from 'typeorm';
import { WatchFileEntity } from './watch-file.entity.js';

export type LedgerEntry = Omit<WatchFileEntity, 'id' | 'createdAt' | 'updatedAt'>;

const MAX_IDS_PER_STATEMENT = 500;

/** The `watch_file` table: what became of each file seen in an import folder. */
@Injectable()
export class WatchLedger {
  constructor(private readonly tx: TransactionRunner) {}

  findByPath(path: string): Promise<WatchFileEntity | null> {
    return this.tx.outsideTransaction((manager) => manager.findOneBy(WatchFileEntity, { path }));
  }

  /** Records what became of the file at `entry.path`, replacing what was known of an earlier file there. */
  record(entry: LedgerEntry, at = Date.now()): Promise<void> {
    return this.tx.run(async (manager) => {
      const known = await manager.findOneBy(WatchFileEntity, { path: entry.path });
      if (known) {
        await manager.update(WatchFileEntity, { id: known.id }, { ...entry, updatedAt: at });
      } else {
        await manager.insert(WatchFileEntity, { ...entry, id: randomUUID(), createdAt: at, updatedAt: at });
      }
    });
  }

  /** Entries whose path starts with `folder` (absolute, with its trailing separator). */
  under(folder: string): Promise<WatchFileEntity[]> {
    return this.tx.outsideTransaction((manager) =>
      manager
        .createQueryBuilder(WatchFileEntity, 'file')
        .where('substr(file.path, 1, :length) = :folder', { length: folder.length, folder })
        .getMany(),
    );
  }

  rejected(limit: number): Promise<WatchFileEntity[]> {
    return this.tx.outsideTransaction((manager) =>
      manager.find(WatchFileEntity, { where: { state: 'rejected' }, order: { updatedAt: 'DESC' }, take: limit }),
    );
  }

  countByState(): Promise<Record<string, number>> {
    return this.tx.outsideTransaction(async (manager) => {
      const rows: { state: string; n: string | number }[] = await manager
        .createQueryBuilder(WatchFileEntity, 'file')
        .select('file.state', 'state')
        .addSelect('COUNT(*)', 'n')
        .groupBy('file.state')
        .getRawMany();
      return Object.fromEntries(rows.map((row) => [row.state, Number(row.n)]));
    });
  }

  removeByIds(ids: string[]): Promise<void> {
    return this.tx.run(async (manager) => {
      for (let at = 0; at < ids.length; at += MAX_IDS_PER_STATEMENT) {
        await manager.delete(WatchFileEntity, { id: In(ids.slice(at, at + MAX_IDS_PER_STATEMENT)) });
      }
    });
  }
}
