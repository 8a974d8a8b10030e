import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@app/db';
import { In } from 'typeorm';
import { LibraryTrackEntity } from '../index-store/library-track.entity.js';
import { escapeLike } from '../index-store/track-query.js';

/** A track as other modules match against it: its id, credit and recording. */
export interface TrackIdentity {
  id: string;
  artist: string | null;
  title: string | null;
  mbRecordingId: string | null;
}

/** A track's tags as a tracklist line is scored against them. */
export interface TrackTags {
  id: string;
  artist: string | null;
  title: string | null;
  album: string | null;
  year: number | null;
  durationMs: number | null;
}

export interface CreditedTrack {
  id: string;
  artist: string;
  title: string;
}

// SQLite allows 999 bound parameters per statement.
const IDS_PER_STATEMENT = 500;

/** The library index as other modules read it: the few questions they ask, never the table itself. */
@Injectable()
export class LibraryTrackReads {
  constructor(private readonly tx: TransactionRunner) {}

  /** Changes whenever a track comes, goes or changes: how many there are and when the newest change was. */
  signature(): Promise<string> {
    return this.tx.outsideTransaction(async (m) => {
      const summary = await m
        .createQueryBuilder(LibraryTrackEntity, 't')
        .select('COUNT(*)', 'count')
        .addSelect('MAX(t.updatedAt)', 'newest')
        .getRawOne<{ count: string | number; newest: string | number | null }>();
      return `${Number(summary?.count ?? 0)}:${Number(summary?.newest ?? 0)}`;
    });
  }

  /** Every track's identity, oldest first (ties by id), so that the first of several alike is always the same. */
  identities(): Promise<TrackIdentity[]> {
    return this.tx.outsideTransaction((m) =>
      m.find(LibraryTrackEntity, {
        select: { id: true, artist: true, title: true, mbRecordingId: true },
        order: { createdAt: 'ASC', id: 'ASC' },
      }),
    );
  }

  /** Tracks with an artist and a title (all of them, or those changed since `sinceMs`), ordered by id. */
  async credited(sinceMs?: number): Promise<CreditedTrack[]> {
    const rows = await this.tx.outsideTransaction((m) => {
      const qb = m
        .createQueryBuilder(LibraryTrackEntity, 't')
        .select(['t.id', 't.artist', 't.title'])
        .where('t.artist IS NOT NULL AND t.title IS NOT NULL')
        .orderBy('t.id', 'ASC');
      if (sinceMs !== undefined) qb.andWhere('t.updatedAt >= :sinceMs', { sinceMs });
      return qb.getMany();
    });
    return rows.flatMap((t) =>
      t.artist?.trim() && t.title?.trim() ? [{ id: t.id, artist: t.artist, title: t.title }] : [],
    );
  }

  /** At most `limit` tracks whose title holds `needle` (case-insensitive). */
  async titleContains(needle: string, limit: number): Promise<TrackTags[]> {
    const lower = needle.trim().toLowerCase();
    if (!lower) return [];
    const rows = await this.tx.outsideTransaction((m) =>
      m
        .createQueryBuilder(LibraryTrackEntity, 't')
        .select(['t.id', 't.artist', 't.title', 't.album', 't.year', 't.durationMs'])
        .where("LOWER(t.title) LIKE :pattern ESCAPE '\\'", { pattern: `%${escapeLike(lower)}%` })
        .limit(limit)
        .getMany(),
    );
    return rows.map(({ id, artist, title, album, year, durationMs }) => ({
      id,
      artist,
      title,
      album,
      year: year === null ? null : Number(year),
      durationMs: durationMs === null ? null : Number(durationMs),
    }));
  }

  /** The library-relative path of each of these tracks that is still indexed. */
  async pathsOf(ids: string[]): Promise<Map<string, string>> {
    const paths = new Map<string, string>();
    for (const chunk of chunks(ids)) {
      const rows = await this.tx.outsideTransaction((m) =>
        m.find(LibraryTrackEntity, { where: { id: In(chunk) }, select: ['id', 'path'] }),
      );
      for (const row of rows) paths.set(row.id, row.path);
    }
    return paths;
  }

  /** Size on disk of a file per recording id that has one. */
  async sizesByRecording(recordingIds: string[]): Promise<Map<string, number>> {
    const sizes = new Map<string, number>();
    for (const chunk of chunks(recordingIds)) {
      const rows = await this.tx.outsideTransaction((m) =>
        m.find(LibraryTrackEntity, { where: { mbRecordingId: In(chunk) }, select: ['mbRecordingId', 'size'] }),
      );
      for (const row of rows) if (row.mbRecordingId) sizes.set(row.mbRecordingId, row.size);
    }
    return sizes;
  }

  /** How many files, and how many bytes, each release group has. */
  async filesByReleaseGroup(groupIds: string[]): Promise<Map<string, { count: number; size: number }>> {
    const found = new Map<string, { count: number; size: number }>();
    for (const chunk of chunks(groupIds)) {
      const rows = await this.tx.outsideTransaction((m) =>
        m.find(LibraryTrackEntity, {
          where: { mbReleaseGroupId: In(chunk) },
          select: ['mbReleaseGroupId', 'size'],
        }),
      );
      for (const row of rows) {
        if (!row.mbReleaseGroupId) continue;
        const entry = found.get(row.mbReleaseGroupId) ?? { count: 0, size: 0 };
        found.set(row.mbReleaseGroupId, { count: entry.count + 1, size: entry.size + row.size });
      }
    }
    return found;
  }
}

function chunks(values: string[]): string[][] {
  const unique = [...new Set(values)];
  const result: string[][] = [];
  for (let i = 0; i < unique.length; i += IDS_PER_STATEMENT) result.push(unique.slice(i, i + IDS_PER_STATEMENT));
  return result;
}
