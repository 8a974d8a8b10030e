import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { DeliveryDto, DeliveryOutcome, ListDeliveriesQuery, Page } from '@app/contracts';
import { TransactionRunner } from '@app/db';
import { type EntityManager, LessThan, LessThanOrEqual, Not } from 'typeorm';
import { DeliveryEntity } from './delivery.entity.js';

export interface InboundRecord {
  source: string;
  event: string;
  outcome: DeliveryOutcome;
  httpStatus: number;
  summary: string;
  jobIds?: string[];
  error?: string;
}

export interface OutboundRecord {
  source: string;
  integrationId: string;
  event: string;
  summary: string;
  payload: object;
}

/** Every webhook received and every call made to an integration, for the deliveries API and the sender. */
@Injectable()
export class DeliveryLog {
  constructor(private readonly tx: TransactionRunner) {}

  recordInbound(record: InboundRecord): Promise<DeliveryEntity> {
    return this.insert({
      direction: 'in',
      integrationId: null,
      attempts: 1,
      nextAttemptAt: null,
      payload: null,
      ...record,
      jobIds: record.jobIds ?? [],
      error: record.error ?? null,
    });
  }

  /** A call waiting for the sender, due at once; inside `manager`'s transaction when one is given. */
  enqueueOutbound(record: OutboundRecord, now = Date.now(), manager?: EntityManager): Promise<DeliveryEntity> {
    return this.insert(
      {
        direction: 'out',
        outcome: 'pending',
        httpStatus: null,
        attempts: 0,
        nextAttemptAt: now,
        error: null,
        jobIds: [],
        ...record,
      },
      manager,
    );
  }

  due(now: number, limit: number): Promise<DeliveryEntity[]> {
    return this.tx.outsideTransaction((m) =>
      m.find(DeliveryEntity, {
        where: { direction: 'out', outcome: 'pending', nextAttemptAt: LessThanOrEqual(now) },
        order: { nextAttemptAt: 'ASC' },
        take: limit,
      }),
    );
  }

  /** When the earliest waiting call is due, if any waits. */
  async nextDueAt(): Promise<number | undefined> {
    const next = await this.tx.outsideTransaction((m) =>
      m.findOne(DeliveryEntity, {
        where: { direction: 'out', outcome: 'pending' },
        order: { nextAttemptAt: 'ASC' },
      }),
    );
    return next?.nextAttemptAt ?? undefined;
  }

  /** Forgets deliveries created before `before`, except calls still waiting for a try. */
  async prune(before: number): Promise<void> {
    await this.tx.run((m) => m.delete(DeliveryEntity, { createdAt: LessThan(before), outcome: Not('pending') }));
  }

  async update(id: string, changes: Partial<DeliveryEntity>): Promise<void> {
    await this.tx.run((m) => m.update(DeliveryEntity, { id }, { ...changes, updatedAt: Date.now() }));
  }

  async list(query: ListDeliveriesQuery): Promise<Page<DeliveryDto>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const where = {
      ...(query.direction ? { direction: query.direction } : {}),
      ...(query.source ? { source: query.source } : {}),
    };
    const [rows, totalRecords] = await this.tx.outsideTransaction((m) =>
      m.findAndCount(DeliveryEntity, {
        where,
        order: { createdAt: 'DESC', id: 'ASC' },
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
    );
    return { page, pageSize, totalRecords, records: rows.map(toDeliveryDto) };
  }

  private async insert(
    row: Omit<DeliveryEntity, 'id' | 'createdAt' | 'updatedAt'>,
    manager?: EntityManager,
  ): Promise<DeliveryEntity> {
    const now = Date.now();
    const entity = { ...row, id: randomUUID(), createdAt: now, updatedAt: now };
    if (manager) await manager.insert(DeliveryEntity, entity);
    else await this.tx.run((m) => m.insert(DeliveryEntity, entity));
    return entity;
  }
}

export function toDeliveryDto(row: DeliveryEntity): DeliveryDto {
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return {
    id: row.id,
    direction: row.direction,
    source: row.source,
    integrationId: row.integrationId,
    event: row.event,
    outcome: row.outcome,
    httpStatus: row.httpStatus,
    attempts: row.attempts,
    nextAttemptAt: iso(row.nextAttemptAt),
    error: row.error,
    jobIds: row.jobIds ?? [],
    summary: row.summary,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
