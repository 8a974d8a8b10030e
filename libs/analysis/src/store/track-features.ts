import { Injectable } from '@nestjs/common';
import type { AudioFeatures } from '@app/contracts';
import { TransactionRunner } from '@app/db';
import { In } from 'typeorm';
import { TrackAnalysisEntity } from './track-analysis.entity.js';

/** Bounded IN lists: SQLite allows at most 32766 parameters per statement. */
const IDS_PER_QUERY = 500;

/** Read access to the measured features of many tracks at once, for other features (the taste dashboard). */
@Injectable()
export class TrackFeatures {
  constructor(private readonly tx: TransactionRunner) {}

  /** The features of those of `trackIds` that have been analysed; the others are left out. */
  async of(trackIds: readonly string[]): Promise<Map<string, AudioFeatures>> {
    const found = new Map<string, AudioFeatures>();
    const unique = [...new Set(trackIds)];
    for (let i = 0; i < unique.length; i += IDS_PER_QUERY) {
      const rows = await this.tx.outsideTransaction((m) =>
        m.find(TrackAnalysisEntity, {
          select: { trackId: true, features: true },
          where: { trackId: In(unique.slice(i, i + IDS_PER_QUERY)) },
        }),
      );
      for (const row of rows) found.set(row.trackId, row.features);
    }
    return found;
  }
}
