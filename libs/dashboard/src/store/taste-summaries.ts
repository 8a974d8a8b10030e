import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@app/db';
import { TasteSummaryEntity } from './taste-summary.entity.js';

/** The stored summaries, one per listener. */
@Injectable()
export class TasteSummaries {
  constructor(private readonly tx: TransactionRunner) {}

  find(listenerId: string): Promise<TasteSummaryEntity | null> {
    return this.tx.outsideTransaction((m) => m.findOneBy(TasteSummaryEntity, { listenerId }));
  }

  async save(summary: TasteSummaryEntity): Promise<void> {
    await this.tx.run((m) => m.save(TasteSummaryEntity, summary));
  }
}
