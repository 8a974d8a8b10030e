import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@app/db';
import { LessThan } from 'typeorm';
import { TasteWeekEntity } from './taste-week.entity.js';

/** The stored weekly aggregates. */
@Injectable()
export class TasteWeeks {
  constructor(private readonly tx: TransactionRunner) {}

  /** What each stored week of a listener held when it was aggregated. */
  async signatures(listenerId: string): Promise<Map<string, { listens: number; mapped: number }>> {
    const rows = await this.tx.outsideTransaction((m) =>
      m.find(TasteWeekEntity, { select: { week: true, listens: true, mapped: true }, where: { listenerId } }),
    );
    return new Map(rows.map((r) => [r.week, { listens: r.listens, mapped: r.mapped }]));
  }

  /** The listener's weeks starting before `before`, oldest first; the newest `limit` of them. */
  async upTo(listenerId: string, before: number, limit: number): Promise<TasteWeekEntity[]> {
    const rows = await this.tx.outsideTransaction((m) =>
      m.find(TasteWeekEntity, {
        where: { listenerId, weekStart: LessThan(before) },
        order: { weekStart: 'DESC' },
        take: limit,
      }),
    );
    return rows.reverse();
  }

  find(listenerId: string, week: string): Promise<TasteWeekEntity | null> {
    return this.tx.outsideTransaction((m) => m.findOneBy(TasteWeekEntity, { listenerId, week }));
  }

  count(listenerId: string): Promise<number> {
    return this.tx.outsideTransaction((m) => m.countBy(TasteWeekEntity, { listenerId }));
  }

  async save(rows: TasteWeekEntity[]): Promise<void> {
    if (!rows.length) return;
    await this.tx.run((m) => m.save(TasteWeekEntity, rows, { chunk: 100 }));
  }
}
