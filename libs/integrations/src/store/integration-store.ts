import { Injectable } from '@nestjs/common';
import type { IntegrationKind } from '@app/contracts';
import { NotFoundError } from '@app/core';
import { TransactionRunner } from '@app/db';
import { In } from 'typeorm';
import { IntegrationEntity } from './integration.entity.js';

/** The `integration` table. */
@Injectable()
export class IntegrationStore {
  constructor(private readonly tx: TransactionRunner) {}

  list(): Promise<IntegrationEntity[]> {
    return this.tx.outsideTransaction((m) => m.find(IntegrationEntity, { order: { createdAt: 'ASC', id: 'ASC' } }));
  }

  findById(id: string): Promise<IntegrationEntity | null> {
    return this.tx.outsideTransaction((m) => m.findOne(IntegrationEntity, { where: { id } }));
  }

  async getById(id: string): Promise<IntegrationEntity> {
    const found = await this.findById(id);
    if (!found) throw new NotFoundError(`No integration with id ${id}`);
    return found;
  }

  enabledOfKinds(kinds: readonly IntegrationKind[]): Promise<IntegrationEntity[]> {
    return this.tx.outsideTransaction((m) =>
      m.find(IntegrationEntity, { where: { enabled: true, kind: In([...kinds]) }, order: { createdAt: 'ASC' } }),
    );
  }

  async save(entity: IntegrationEntity): Promise<void> {
    await this.tx.run((m) => m.save(IntegrationEntity, entity));
  }

  async remove(id: string): Promise<void> {
    await this.getById(id);
    await this.tx.run((m) => m.delete(IntegrationEntity, { id }));
  }
}
