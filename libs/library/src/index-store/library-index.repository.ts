import { Injectable } from '@nestjs/common';
import type { LibrarySortKey, ListLibraryTracksQuery, SortDirection } from '@app/contracts';
import { TransactionRunner } from '@app/db';
import { type EntityManager, type FindOptionsWhere, In } from 'typeorm';
import { joinAudioFeatures, selectAudioFeatures } from './audio-feature-query.js';
import { LibraryTrackEntity } from './library-track.entity.js';
import { buildTrackFilter, TRACK_ALIAS, trackOrder, underFolderPattern } from './track-query.js';

/** Columns a write may leave as they are on a row that already exists for the path. */
export type KeptColumn = 'jobId' | 'fingerprint';

/** What a scan needs of an indexed file to tell whether it changed. */
export interface IndexedFile {
  id: string;
  path: string;
  size: number;
  mtime: number;
  contentHash: string | null;
  /** When the file was found gone; null while it is there. */
  missingSince: number | null;
}

export interface TrackListQuery extends ListLibraryTracksQuery {
  sortKey: LibrarySortKey;
  sortDirection: SortDirection;
  page: number;
  pageSize: number;
}

/** The row's identity and birth never change on an update by path. */
// Plays are counted from listens, which a rescan of the file knows nothing of.
const NEVER_UPDATED = new Set(['id', 'path', 'created_at', 'play_count', 'last_played_at']);

/** Around 30 columns a row: a few hundred rows stay well below SQLite's and Postgres' parameter limits. */
const MAX_ROWS_PER_STATEMENT = 500;
const MAX_IDS_PER_STATEMENT = 500;

/** All SQL of `library_track`; every read and write goes through the TransactionRunner. */
@Injectable()
export class LibraryIndex {
  constructor(private readonly tx: TransactionRunner) {}

  findById(id: string): Promise<LibraryTrackEntity | null> {
    return this.tx.outsideTransaction((manager) => manager.findOneBy(LibraryTrackEntity, { id }));
  }

  findByPath(path: string): Promise<LibraryTrackEntity | null> {
    return this.tx.outsideTransaction((manager) => manager.findOneBy(LibraryTrackEntity, { path }));
  }

  findByRecordingId(mbRecordingId: string): Promise<LibraryTrackEntity[]> {
    return this.findAllBy({ mbRecordingId: mbRecordingId.toLowerCase() });
  }

  findByIsrc(isrc: string): Promise<LibraryTrackEntity[]> {
    return this.findAllBy({ isrc: isrc.replace(/[-\s]/g, '').toUpperCase() });
  }

  findByContentHash(contentHash: string): Promise<LibraryTrackEntity[]> {
    return this.findAllBy({ contentHash: contentHash.toLowerCase() });
  }

  /** Fingerprinted tracks whose duration is within `toleranceMs` of `durationMs`, closest first. */
  findFingerprintCandidates(durationMs: number, toleranceMs = 5_000): Promise<LibraryTrackEntity[]> {
    return this.tx.outsideTransaction((manager) =>
      manager
        .createQueryBuilder(LibraryTrackEntity, TRACK_ALIAS)
        .where(`${TRACK_ALIAS}.fingerprint IS NOT NULL`)
        .andWhere(`${TRACK_ALIAS}.durationMs BETWEEN :low AND :high`, {
          low: durationMs - toleranceMs,
          high: durationMs + toleranceMs,
        })
        .orderBy(`ABS(${TRACK_ALIAS}.durationMs - :duration)`, 'ASC')
        .addOrderBy(`${TRACK_ALIAS}.path`, 'ASC')
        .setParameter('duration', durationMs)
        .getMany(),
    );
  }

  /** One page of tracks with the number of all that match. */
  list(query: TrackListQuery): Promise<[LibraryTrackEntity[], number]> {
    return this.tx.outsideTransaction(async (manager) => {
      const { clauses, params } = buildTrackFilter(query);
      const qb = manager.createQueryBuilder(LibraryTrackEntity, TRACK_ALIAS);
      clauses.forEach((clause) => qb.andWhere(clause));
      qb.setParameters(params);
      joinAudioFeatures(qb, query);
      const total = await qb.clone().getCount();
      for (const { expression, direction } of trackOrder(query.sortKey, query.sortDirection)) {
        qb.addOrderBy(expression, direction, 'NULLS LAST');
      }
      const records = await qb
        .offset((query.page - 1) * query.pageSize)
        .limit(query.pageSize)
        .getMany();
      return [records, total];
    });
  }

  /** The analysed tempo and key of those of `trackIds` that have been analysed, by track id. */
  audioFeaturesOf(trackIds: readonly string[]): Promise<Map<string, { bpm: number; key: string }>> {
    return this.tx.outsideTransaction((manager) => selectAudioFeatures(manager, trackIds));
  }

  /** What a scan of `folder` (relative, `''` for the whole library) compares the files it finds with. */
  filesUnder(folder: string): Promise<IndexedFile[]> {
    const pattern = underFolderPattern(folder);
    return this.tx.outsideTransaction(async (manager) => {
      const qb = manager
        .createQueryBuilder(LibraryTrackEntity, TRACK_ALIAS)
        .select([
          `${TRACK_ALIAS}.id`,
          `${TRACK_ALIAS}.path`,
          `${TRACK_ALIAS}.size`,
          `${TRACK_ALIAS}.mtime`,
          `${TRACK_ALIAS}.contentHash`,
          `${TRACK_ALIAS}.missingSince`,
        ]);
      if (pattern) qb.where(`${TRACK_ALIAS}.path LIKE :pattern ESCAPE '\\'`, { pattern });
      return qb.getMany();
    });
  }

  /** Inserts the track, or updates the row of its path (keeping that row's id); returns the row as stored. */
  async upsert(track: LibraryTrackEntity): Promise<LibraryTrackEntity> {
    await this.upsertMany([track]);
    return (await this.findByPath(track.path))!;
  }

  /**
   * Inserts the tracks or updates the rows of their paths, in one transaction. Existing rows keep their id,
   * creation time and the `keep` columns (given for all tracks, or per track).
   */
  upsertMany(
    tracks: LibraryTrackEntity[],
    keep: KeptColumn[] | ((track: LibraryTrackEntity) => KeptColumn[]) = [],
  ): Promise<void> {
    if (!tracks.length) return Promise.resolve();
    const keepOf = typeof keep === 'function' ? keep : () => keep;
    const groups = new Map<string, { keep: KeptColumn[]; tracks: LibraryTrackEntity[] }>();
    for (const track of tracks) {
      const kept = [...keepOf(track)].sort();
      const group = groups.get(kept.join()) ?? { keep: kept, tracks: [] };
      group.tracks.push(track);
      groups.set(kept.join(), group);
    }
    return this.tx.run(async (manager) => {
      for (const group of groups.values()) {
        for (let at = 0; at < group.tracks.length; at += MAX_ROWS_PER_STATEMENT) {
          await this.upsertStatement(manager, group.tracks.slice(at, at + MAX_ROWS_PER_STATEMENT), group.keep);
        }
      }
    });
  }

  /** {@link upsert} inside a transaction the caller runs, e.g. together with a job's state change. */
  writeIn(manager: EntityManager, track: LibraryTrackEntity, keep: KeptColumn[] = []): Promise<void> {
    return this.upsertStatement(manager, [track], keep);
  }

  /**
   * A row, read inside the caller's transaction, with the same bytes or the same MusicBrainz recording: what
   * another job may have stored since this one looked.
   */
  async sameTrackIn(
    manager: EntityManager,
    identity: { contentHash: string; recordingId?: string },
  ): Promise<LibraryTrackEntity | undefined> {
    const qb = manager
      .createQueryBuilder(LibraryTrackEntity, TRACK_ALIAS)
      .where(`${TRACK_ALIAS}.contentHash = :hash`, { hash: identity.contentHash });
    if (identity.recordingId)
      qb.orWhere(`${TRACK_ALIAS}.mbRecordingId = :recording`, { recording: identity.recordingId });
    return (await qb.limit(1).getOne()) ?? undefined;
  }

  /** {@link removeByPath} inside a transaction the caller runs; tells whether a row was there. */
  async removeIn(manager: EntityManager, path: string): Promise<boolean> {
    return ((await manager.delete(LibraryTrackEntity, { path })).affected ?? 0) > 0;
  }

  async removeByPath(path: string): Promise<boolean> {
    const result = await this.tx.run((manager) => manager.delete(LibraryTrackEntity, { path }));
    return (result.affected ?? 0) > 0;
  }

  /** Deletes the rows, in one transaction; returns how many there were. */
  removeByIds(ids: string[]): Promise<number> {
    if (!ids.length) return Promise.resolve(0);
    return this.tx.run(async (manager) => {
      let removed = 0;
      for (let at = 0; at < ids.length; at += MAX_IDS_PER_STATEMENT) {
        const batch = ids.slice(at, at + MAX_IDS_PER_STATEMENT);
        removed += (await manager.delete(LibraryTrackEntity, { id: In(batch) })).affected ?? 0;
      }
      return removed;
    });
  }

  /** Every row, `batchSize` at a time in path order, without holding the whole library in memory. */
  async *each(batchSize = 500): AsyncGenerator<LibraryTrackEntity[]> {
    for (let offset = 0; ; offset += batchSize) {
      const rows = await this.tx.outsideTransaction((manager) =>
        manager.find(LibraryTrackEntity, { order: { path: 'ASC' }, skip: offset, take: batchSize }),
      );
      if (rows.length) yield rows;
      if (rows.length < batchSize) return;
    }
  }

  /**
   * The row's file now lives at `path` (a rename); false when no such row is left or, given `from`, when the
   * row no longer has that path (another caller moved it first).
   */
  async relocate(id: string, path: string, mtime: number, at = Date.now(), from?: string): Promise<boolean> {
    const where = from === undefined ? { id } : { id, path: from };
    const result = await this.tx.run((manager) =>
      manager.update(LibraryTrackEntity, where, { path, mtime: Math.floor(mtime), updatedAt: at }),
    );
    return (result.affected ?? 0) > 0;
  }

  /** Marks the rows' files as gone since `at` (rows marked before keep their time); how many were newly marked. */
  markMissing(ids: string[], at: number): Promise<number> {
    if (!ids.length) return Promise.resolve(0);
    return this.tx.run(async (manager) => {
      let marked = 0;
      for (let from = 0; from < ids.length; from += MAX_IDS_PER_STATEMENT) {
        const batch = ids.slice(from, from + MAX_IDS_PER_STATEMENT);
        const result = await manager
          .createQueryBuilder()
          .update(LibraryTrackEntity)
          .set({ missingSince: at })
          .where({ id: In(batch) })
          .andWhere('missing_since IS NULL')
          .execute();
        marked += result.affected ?? 0;
      }
      return marked;
    });
  }

  /** Rows whose file has been gone since `cutoff` or longer. */
  missingSince(cutoff: number): Promise<LibraryTrackEntity[]> {
    return this.tx.outsideTransaction((manager) =>
      manager
        .createQueryBuilder(LibraryTrackEntity, TRACK_ALIAS)
        .where(`${TRACK_ALIAS}.missingSince IS NOT NULL`)
        .andWhere(`${TRACK_ALIAS}.missingSince <= :cutoff`, { cutoff })
        .orderBy(`${TRACK_ALIAS}.path`, 'ASC')
        .getMany(),
    );
  }

  countMissing(): Promise<number> {
    return this.tx.outsideTransaction((manager) =>
      manager
        .createQueryBuilder(LibraryTrackEntity, TRACK_ALIAS)
        .where(`${TRACK_ALIAS}.missingSince IS NOT NULL`)
        .getCount(),
    );
  }

  count(): Promise<number> {
    return this.tx.outsideTransaction((manager) => manager.count(LibraryTrackEntity));
  }

  private findAllBy(where: FindOptionsWhere<LibraryTrackEntity>): Promise<LibraryTrackEntity[]> {
    return this.tx.outsideTransaction((manager) => manager.find(LibraryTrackEntity, { where, order: { path: 'ASC' } }));
  }

  /**
   * One INSERT … ON CONFLICT (path) DO UPDATE, spelled out here rather than built by TypeORM's InsertQueryBuilder,
   * whose per-parameter bookkeeping costs more than the database does for a scan's batches. The SQL is the
   * same on SQLite and Postgres; only the placeholders differ, and the driver supplies them.
   */
  private async upsertStatement(manager: EntityManager, rows: LibraryTrackEntity[], keep: KeptColumn[]) {
    const { driver } = manager.connection;
    const metadata = manager.connection.getMetadata(LibraryTrackEntity);
    const kept = new Set(keep.map((property) => metadata.findColumnWithPropertyName(property)!.databaseName));
    const columns = metadata.columns;
    const names = columns.map((column) => column.databaseName);
    const overwrite = names.filter((name) => !NEVER_UPDATED.has(name) && !kept.has(name));
    const values: unknown[] = [];
    const tuples = rows.map((row) => {
      const placeholders = columns.map((column) => {
        values.push(column.getEntityValue(row, true) ?? column.default ?? null);
        return driver.createParameter(`p${values.length}`, values.length - 1);
      });
      return `(${placeholders.join(', ')})`;
    });
    const sql =
      `INSERT INTO ${driver.escape(metadata.tableName)} (${names.map((name) => driver.escape(name)).join(', ')}) ` +
      `VALUES ${tuples.join(', ')} ON CONFLICT (${driver.escape('path')}) DO UPDATE SET ` +
      overwrite.map((name) => `${driver.escape(name)} = excluded.${driver.escape(name)}`).join(', ');
    await manager.query(sql, values);
  }
}
