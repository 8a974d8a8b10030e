import { Injectable } from '@nestjs/common';
import { DASHBOARD_AXES, type DashboardAxis } from '@app/contracts';
import { TransactionRunner } from '@app/db';
import { TasteLabelEntity } from './taste-label.entity.js';

const BUILT_IN: Record<DashboardAxis, string> = {
  energy: 'Energy',
  danceability: 'Danceability',
  brightness: 'Brightness',
  acousticness: 'Acousticness',
  valence: 'Mood (valence)',
  tempo: 'Tempo',
};

/** Each person's own names for the taste axes. */
@Injectable()
export class TasteLabels {
  constructor(private readonly tx: TransactionRunner) {}

  /** Every axis's label for the listener: their own where they named it, the built-in one elsewhere. */
  async of(listenerId: string): Promise<Record<DashboardAxis, string>> {
    const own = await this.tx.outsideTransaction((m) => m.findBy(TasteLabelEntity, { listenerId }));
    const labels = { ...BUILT_IN };
    for (const row of own) if (DASHBOARD_AXES.includes(row.axis)) labels[row.axis] = row.label;
    return labels;
  }

  /** Names an axis; an empty label brings the built-in name back. */
  async save(listenerId: string, axis: DashboardAxis, label: string): Promise<Record<DashboardAxis, string>> {
    await this.tx.run(async (m) => {
      if (label) await m.save(TasteLabelEntity, { listenerId, axis, label, updatedAt: Date.now() });
      else await m.delete(TasteLabelEntity, { listenerId, axis });
    });
    return this.of(listenerId);
  }
}
