import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@app/db';
import { LidarrCommandEntity } from './lidarr-command.entity.js';

/** How many commands `GET /command` lists. */
const LISTED = 100;

@Injectable()
export class CommandRepository {
  constructor(private readonly tx: TransactionRunner) {}

  findById(id: number): Promise<LidarrCommandEntity | null> {
    return this.tx.outsideTransaction((m) => m.findOneBy(LidarrCommandEntity, { id }));
  }

  recent(): Promise<LidarrCommandEntity[]> {
    return this.tx.outsideTransaction((m) => m.find(LidarrCommandEntity, { order: { id: 'DESC' }, take: LISTED }));
  }

  save(command: Partial<LidarrCommandEntity>): Promise<LidarrCommandEntity> {
    return this.tx.run((m) => m.save(LidarrCommandEntity, command));
  }
}
