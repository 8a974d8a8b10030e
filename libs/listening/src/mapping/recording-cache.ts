import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@app/db';
import { type EntityManager, In } from 'typeorm';
import { RecordingCacheEntity } from './recording-cache.entity.js';

/** Keys per query, rows per upsert (5 columns each): far below the bound parameters SQLite and Postgres allow. */
const KEYS_PER_QUERY = 500;
const ROWS_PER_UPSERT = 500;

export type CachedAnswer = Omit<RecordingCacheEntity, 'resolvedAt'>;

/** The resolver's answers per song key. */
@Injectable()
export class RecordingCache {
  constructor(private readonly tx: TransactionRunner) {}

  /** The cached answers for the keys; a key absent from the map was never resolved. */
  async get(keys: string[]): Promise<Map<string, string | null>> {
    const found = new Map<string, string | null>();
    const unique = [...new Set(keys)];
    for (let at = 0; at < unique.length; at += KEYS_PER_QUERY) {
      const rows = await this.tx.outsideTransaction((m) =>
        m.find(RecordingCacheEntity, {
          select: { songKey: true, recordingMbid: true },
          where: { songKey: In(unique.slice(at, at + KEYS_PER_QUERY)) },
        }),
      );
      for (const row of rows) found.set(row.songKey, row.recordingMbid);
    }
    return found;
  }

  /** Keeps the answers inside the caller's transaction; a song answered again replaces its row. */
  async putIn(m: EntityManager, answers: CachedAnswer[]): Promise<void> {
    const resolvedAt = Date.now();
    for (let at = 0; at < answers.length; at += ROWS_PER_UPSERT) {
      const rows = answers.slice(at, at + ROWS_PER_UPSERT).map((answer) => ({ ...answer, resolvedAt }));
      await m.upsert(RecordingCacheEntity, rows, { conflictPaths: ['songKey'] });
    }
  }
}
