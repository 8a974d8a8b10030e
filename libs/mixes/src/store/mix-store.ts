import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@app/core';
import { TransactionRunner } from '@app/db';
import { LibraryTrackReads } from '@app/library';
import { MixLineEntity } from './mix-line.entity.js';
import { MixPartEntity } from './mix-part.entity.js';
import { MixEntity } from './mix.entity.js';

export interface MixCounts {
  lineCount: number;
  unsureCount: number;
  missingCount: number;
}

/** All SQL of the mix tables. */
@Injectable()
export class MixStore {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly tracks: LibraryTrackReads,
  ) {}

  /** Replaces the mix of a track (a new tracklist for the same file) with its lines, in one transaction. */
  save(mix: MixEntity, lines: MixLineEntity[]): Promise<void> {
    return this.tx.run(async (manager) => {
      const previous = await manager.findOneBy(MixEntity, { trackId: mix.trackId });
      if (previous) {
        await manager.delete(MixPartEntity, { mixId: previous.id });
        await manager.delete(MixLineEntity, { mixId: previous.id });
        await manager.delete(MixEntity, { id: previous.id });
      }
      await manager.insert(MixEntity, mix);
      // Copies: after a multi-row insert on SQLite, TypeORM reads the columns with database defaults back by id and
      // writes them into the objects it was given in id order, not insertion order — swapping the caller's ids.
      for (let i = 0; i < lines.length; i += 200) {
        await manager.insert(
          MixLineEntity,
          lines.slice(i, i + 200).map((line) => ({ ...line })),
        );
      }
    });
  }

  async get(id: string): Promise<{ mix: MixEntity; lines: MixLineEntity[] }> {
    return this.tx.outsideTransaction(async (manager) => {
      const mix = await manager.findOneBy(MixEntity, { id });
      if (!mix) throw new NotFoundError(`No mix with id ${id}`);
      const lines = await manager.find(MixLineEntity, { where: { mixId: id }, order: { position: 'ASC' } });
      return { mix, lines };
    });
  }

  list(): Promise<{ mix: MixEntity; counts: MixCounts }[]> {
    return this.tx.outsideTransaction(async (manager) => {
      const mixes = await manager.find(MixEntity, { order: { updatedAt: 'DESC' }, take: 500 });
      const rows = (await manager.query(
        `SELECT mix_id, COUNT(*) AS lines,
                SUM(CASE WHEN status = 'unsure' THEN 1 ELSE 0 END) AS unsure,
                SUM(CASE WHEN status = 'missing' THEN 1 ELSE 0 END) AS missing
           FROM mix_line GROUP BY mix_id`,
      )) as { mix_id: string; lines: number; unsure: number; missing: number }[];
      const counts = new Map(rows.map((r) => [r.mix_id, r]));
      return mixes.map((mix) => {
        const c = counts.get(mix.id);
        return {
          mix,
          counts: {
            lineCount: Number(c?.lines ?? 0),
            unsureCount: Number(c?.unsure ?? 0),
            missingCount: Number(c?.missing ?? 0),
          },
        };
      });
    });
  }

  updateLine(line: MixLineEntity, mixId: string): Promise<void> {
    return this.tx.run(async (manager) => {
      await manager.save(MixLineEntity, line);
      await manager.update(MixEntity, { id: mixId }, { updatedAt: Date.now() });
    });
  }

  updateMix(id: string, changes: Partial<Pick<MixEntity, 'cuePath' | 'chaptersMethod'>>): Promise<void> {
    return this.tx.run(async (manager) => {
      await manager.update(MixEntity, { id }, { ...changes, updatedAt: Date.now() });
    });
  }

  /** The parts of a mix (a new split replaces the last one's), in one transaction. */
  saveParts(mixId: string, parts: MixPartEntity[]): Promise<void> {
    return this.tx.run(async (manager) => {
      await manager.delete(MixPartEntity, { mixId });
      if (parts.length) await manager.insert(MixPartEntity, parts);
      await manager.update(MixEntity, { id: mixId }, { updatedAt: Date.now() });
    });
  }

  /** The parts of a mix in order, with their files' library paths (a part whose track is gone is left out). */
  async parts(mixId: string): Promise<{ part: MixPartEntity; path: string }[]> {
    const parts = await this.tx.outsideTransaction((manager) =>
      manager.find(MixPartEntity, { where: { mixId }, order: { position: 'ASC' } }),
    );
    if (!parts.length) return [];
    const paths = await this.tracks.pathsOf(parts.map((p) => p.trackId));
    return parts.filter((p) => paths.has(p.trackId)).map((part) => ({ part, path: paths.get(part.trackId)! }));
  }
}
