import { Injectable } from '@nestjs/common';
import type { AnalysisSortKey, AudioFeatures, ListAnalysedTracksQuery, Page } from '@app/contracts';
import { featureAxes } from '@app/core';
import { TransactionRunner } from '@app/db';
import { type EntityManager, In } from 'typeorm';
import { TrackAnalysisEntity } from './track-analysis.entity.js';

const SORT_COLUMNS: Record<AnalysisSortKey, string> = {
  bpm: 'a.bpm',
  key: 'a.musicalKey',
  energy: 'a.energy',
  analysedAt: 'a.analysedAt',
};

/** Stored analysis results, one per track. */
@Injectable()
export class TrackAnalyses {
  constructor(private readonly tx: TransactionRunner) {}

  find(trackId: string): Promise<TrackAnalysisEntity | null> {
    return this.tx.outsideTransaction((manager) => manager.findOneBy(TrackAnalysisEntity, { trackId }));
  }

  /** A page of results filtered by tempo, key and energy. */
  list(
    query: Required<Pick<ListAnalysedTracksQuery, 'page' | 'pageSize' | 'sortKey' | 'sortDirection'>> &
      ListAnalysedTracksQuery,
  ) {
    return this.tx.outsideTransaction(async (manager): Promise<Page<TrackAnalysisEntity>> => {
      const qb = manager.createQueryBuilder(TrackAnalysisEntity, 'a');
      if (query.bpmMin !== undefined) qb.andWhere('a.bpm >= :bpmMin', { bpmMin: query.bpmMin });
      if (query.bpmMax !== undefined) qb.andWhere('a.bpm <= :bpmMax', { bpmMax: query.bpmMax });
      if (query.energyMin !== undefined) qb.andWhere('a.energy >= :energyMin', { energyMin: query.energyMin });
      if (query.energyMax !== undefined) qb.andWhere('a.energy <= :energyMax', { energyMax: query.energyMax });
      if (query.key !== undefined) qb.andWhere('LOWER(a.musicalKey) = :key', { key: query.key.toLowerCase() });
      const direction = query.sortDirection === 'desc' ? 'DESC' : 'ASC';
      qb.orderBy(SORT_COLUMNS[query.sortKey], direction).addOrderBy('a.trackId', 'ASC');
      const [records, totalRecords] = await qb
        .offset((query.page - 1) * query.pageSize)
        .limit(query.pageSize)
        .getManyAndCount();
      return { page: query.page, pageSize: query.pageSize, totalRecords, records };
    });
  }

  /** Which of `trackIds` already have a result of `version`. */
  async currentAmong(trackIds: string[], version: string): Promise<Set<string>> {
    const current = new Set<string>();
    // Bounded IN lists: SQLite allows at most 32766 parameters per statement.
    for (let i = 0; i < trackIds.length; i += 500) {
      const rows = await this.tx.outsideTransaction((manager) =>
        manager.find(TrackAnalysisEntity, {
          select: { trackId: true },
          where: { trackId: In(trackIds.slice(i, i + 500)), analyserVersion: version },
        }),
      );
      for (const row of rows) current.add(row.trackId);
    }
    return current;
  }

  /** Writes (or replaces) a track's result inside the caller's transaction. */
  async saveIn(manager: EntityManager, trackId: string, version: string, features: AudioFeatures, at: number) {
    const energy = featureAxes(features).find((axis) => axis.name === 'energy')?.value ?? 0;
    await manager.save(TrackAnalysisEntity, {
      trackId,
      analyserVersion: version,
      analysedAt: at,
      bpm: features.bpm,
      musicalKey: `${features.key} ${features.scale}`,
      energy,
      features,
    });
  }
}
