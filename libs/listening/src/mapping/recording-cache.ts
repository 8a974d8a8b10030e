import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@app/db';
import { In } from 'typeorm';
import { RecordingCacheEntity } from './recording-cache.entity.js';

/** Keys per query: far below the bound parameters SQLite and Postgres allow. */
const KEYS_PER_QUERY = 500;

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

  async put(songKey: string, artistName: string, trackName: string, recordingMbid: string | null): Promise<void> {
    await this.tx.run((m) =>
      m.upsert(
        RecordingCacheEntity,
        { songKey, artistName, trackName, recordingMbid, resolvedAt: Date.now() },
        { conflictPaths: ['songKey'] },
      ),
    );
  }
}
