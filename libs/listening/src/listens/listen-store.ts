import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@app/db';
import { ListenMapper } from '../mapping/listen-mapper.service.js';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { ListenEntity } from './listen.entity.js';
import { ListenEvents } from './listen-events.js';
import { listenIdentity } from './listen-identity.js';
import type { NewListen } from './new-listen.js';

/** Rows per INSERT: 13 columns each stays under the bound variables SQLite (32,766) and Postgres (65,535) allow. */
const ROWS_PER_INSERT = 1000;

/** Where listens are kept; a listen already there (same listener, time, artist and title) is skipped. */
@Injectable()
export class ListenStore {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly mapper: ListenMapper,
    private readonly events: ListenEvents,
  ) {}

  /** Stores every listen in one transaction: all of them or, on a failure, none. */
  async add(listens: NewListen[]): Promise<void> {
    if (!listens.length) return;
    await this.tx.run((m) => this.addIn(m, listens));
    this.committed(listens);
  }

  /** After the caller's transaction holding `addIn` has been committed: tells the listeners' subscribers. */
  committed(listens: NewListen[]): void {
    this.events.changed(listens.map((listen) => listen.listenerId));
  }

  /** Stores the listens inside a transaction the caller holds (a sync's watermark, say); `committed` follows it. */
  async addIn(m: EntityManager, listens: NewListen[]): Promise<void> {
    const createdAt = Date.now();
    const rows = listens.map((listen) => toRow(listen, createdAt));
    for (let at = 0; at < rows.length; at += ROWS_PER_INSERT) {
      await m
        .createQueryBuilder()
        .insert()
        .into(ListenEntity)
        .values(rows.slice(at, at + ROWS_PER_INSERT))
        .orIgnore()
        .execute();
    }
    // Mapping follows a moment later, in the background, once the caller's transaction has been committed.
    this.mapper.listensStored();
  }

  /** The newest listens first, of one listener or of everyone. */
  recent(limit: number, listenerId?: string): Promise<ListenEntity[]> {
    return this.tx.outsideTransaction((m) =>
      m.find(ListenEntity, {
        where: listenerId ? { listenerId } : {},
        order: { listenedAt: 'DESC', id: 'ASC' },
        take: limit,
      }),
    );
  }

  /** Plays per library track, of one listener or of everyone: the most played (or latest played) first. */
  async trackPlays(
    limit: number,
    sort: 'playCount' | 'lastPlayed',
    listenerId?: string,
  ): Promise<{ trackId: string; playCount: number; lastPlayedAt: number }[]> {
    const rows = await this.tx.outsideTransaction((m) => {
      const qb = m
        .createQueryBuilder(ListenEntity, 'l')
        .select('l.trackId', 'trackId')
        .addSelect('COUNT(*)', 'playCount')
        .addSelect('MAX(l.listenedAt)', 'lastPlayedAt')
        .where('l.trackId IS NOT NULL');
      if (listenerId) qb.andWhere('l.listenerId = :listenerId', { listenerId });
      const [first, second] =
        sort === 'playCount' ? ['"playCount"', '"lastPlayedAt"'] : ['"lastPlayedAt"', '"playCount"'];
      return qb
        .groupBy('l.trackId')
        .orderBy(first!, 'DESC')
        .addOrderBy(second!, 'DESC')
        .addOrderBy('"trackId"', 'ASC')
        .limit(limit)
        .getRawMany<{ trackId: string; playCount: string | number; lastPlayedAt: string | number }>();
    });
    return rows.map((row) => ({
      trackId: row.trackId,
      playCount: Number(row.playCount),
      lastPlayedAt: Number(row.lastPlayedAt),
    }));
  }

  count(listenerId?: string): Promise<number> {
    return this.tx.outsideTransaction((m) => m.count(ListenEntity, { where: listenerId ? { listenerId } : {} }));
  }
}

/** A row for the query builder, which types JSON columns as plain values. */
function toRow(listen: NewListen, createdAt: number): QueryDeepPartialEntity<ListenEntity> {
  return {
    id: randomUUID(),
    listenerId: listen.listenerId,
    listenedAt: listen.listenedAt,
    artistName: listen.artistName,
    trackName: listen.trackName,
    releaseName: listen.releaseName ?? null,
    durationMs: listen.durationMs ?? null,
    recordingMbid: listen.recordingMbid ?? null,
    source: listen.source,
    client: listen.client ?? null,
    additionalInfo: (listen.additionalInfo ?? null) as QueryDeepPartialEntity<ListenEntity>['additionalInfo'],
    identityHash: listenIdentity(listen.listenerId, listen.listenedAt, listen.artistName, listen.trackName),
    createdAt,
  };
}
