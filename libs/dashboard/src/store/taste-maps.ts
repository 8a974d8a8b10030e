import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@app/db';
import { TasteMapEntity } from './taste-map.entity.js';

/** The stored taste maps, one per listener. */
@Injectable()
export class TasteMaps {
  constructor(private readonly tx: TransactionRunner) {}

  find(listenerId: string): Promise<TasteMapEntity | null> {
    return this.tx.outsideTransaction((m) => m.findOneBy(TasteMapEntity, { listenerId }));
  }

  async save(map: TasteMapEntity): Promise<void> {
    await this.tx.run((m) => m.save(TasteMapEntity, map));
  }
}
