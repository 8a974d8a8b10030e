import { Injectable } from '@nestjs/common';
import type { ListenSource } from '@app/contracts';
import { TransactionRunner } from '@app/db';
import { ListenEntity } from './listen.entity.js';

/** One listen as features built on the history read it. */
export interface ListenRow {
  listenedAt: number;
  trackId: string | null;
  artistName: string;
  trackName: string;
  durationMs: number | null;
  source: ListenSource;
  /** ListenBrainz `additional_info.tags`, when the client sent any. */
  tags: string[];
}

/** How often one track was played in a time range. */
export interface TrackPlayCount {
  trackId: string;
  plays: number;
  artistName: string;
  trackName: string;
  /** Mean length of its listens that had one. */
  durationMs: number | null;
}

/** How often a song was played that no library track stands for (yet). */
export interface UnmappedPlayCount {
  artistName: string;
  trackName: string;
  plays: number;
}

export interface ListenFilter {
  artist?: string;
  source?: ListenSource;
}

/** Read access to the listens for features built on the history (the taste dashboard); never writes. */
@Injectable()
export class ListenReads {
  constructor(private readonly tx: TransactionRunner) {}

  /** Every listen of a listener in [from, to), oldest first. */
  between(listenerId: string, from: number, to: number, filter: ListenFilter = {}): Promise<ListenRow[]> {
    return this.tx.outsideTransaction(async (m) => {
      const qb = m
        .createQueryBuilder(ListenEntity, 'l')
        .where('l.listenerId = :listenerId AND l.listenedAt >= :from AND l.listenedAt < :to', {
          listenerId,
          from,
          to,
        })
        .orderBy('l.listenedAt', 'ASC');
      if (filter.artist) qb.andWhere('LOWER(l.artistName) = :artist', { artist: filter.artist.toLowerCase() });
      if (filter.source) qb.andWhere('l.source = :source', { source: filter.source });
      const rows = await qb.getMany();
      return rows.map((l) => ({
        listenedAt: l.listenedAt,
        trackId: l.trackId,
        artistName: l.artistName,
        trackName: l.trackName,
        durationMs: l.durationMs,
        source: l.source,
        tags: tagsOf(l.additionalInfo),
      }));
    });
  }

  /** When each listen of a listener was made and whether it is mapped: enough to tell which weeks changed. */
  marks(listenerId: string): Promise<{ listenedAt: number; mapped: boolean }[]> {
    return this.tx.outsideTransaction(async (m) => {
      const rows = await m
        .createQueryBuilder(ListenEntity, 'l')
        .select('l.listened_at', 'at')
        .addSelect('CASE WHEN l.track_id IS NULL THEN 0 ELSE 1 END', 'mapped')
        .where('l.listener_id = :listenerId', { listenerId })
        .getRawMany<{ at: string | number; mapped: string | number }>();
      return rows.map((r) => ({ listenedAt: Number(r.at), mapped: Number(r.mapped) === 1 }));
    });
  }

  /**
   * Plays per library track in [from, to), most played first. Counted here rather than with GROUP BY track_id:
   * SQLite then walks the whole track index instead of the listener's time range.
   */
  trackPlays(listenerId: string, from: number, to: number, limit = 100_000): Promise<TrackPlayCount[]> {
    return this.tx.outsideTransaction(async (m) => {
      const rows = await m
        .createQueryBuilder(ListenEntity, 'l')
        .select('l.track_id', 'trackId')
        .addSelect('l.artist_name', 'artistName')
        .addSelect('l.track_name', 'trackName')
        .addSelect('l.duration_ms', 'durationMs')
        .where('l.listener_id = :listenerId AND l.listened_at >= :from AND l.listened_at < :to', {
          listenerId,
          from,
          to,
        })
        .andWhere('l.track_id IS NOT NULL')
        .getRawMany<{ trackId: string; artistName: string; trackName: string; durationMs: unknown }>();
      const tracks = new Map<string, TrackPlayCount & { timed: number; totalMs: number }>();
      for (const r of rows) {
        let t = tracks.get(r.trackId);
        if (!t) {
          t = { ...r, plays: 0, durationMs: null, timed: 0, totalMs: 0 };
          tracks.set(r.trackId, t);
        }
        t.plays++;
        if (r.durationMs !== null && r.durationMs !== undefined) {
          t.timed++;
          t.totalMs += Number(r.durationMs);
        }
      }
      return [...tracks.values()]
        .sort((a, b) => b.plays - a.plays || (a.trackId < b.trackId ? -1 : 1))
        .slice(0, limit)
        .map(({ timed, totalMs, ...t }) => ({ ...t, durationMs: timed ? Math.round(totalMs / timed) : null }));
    });
  }

  /** Songs played in [from, to) that no library track stands for, most played first. */
  unmappedPlays(listenerId: string, from: number, to: number, limit: number): Promise<UnmappedPlayCount[]> {
    return this.tx.outsideTransaction(async (m) => {
      const rows = await m
        .createQueryBuilder(ListenEntity, 'l')
        .select('MAX(l.artist_name)', 'artistName')
        .addSelect('MAX(l.track_name)', 'trackName')
        .addSelect('COUNT(*)', 'plays')
        .where('l.listener_id = :listenerId AND l.listened_at >= :from AND l.listened_at < :to', {
          listenerId,
          from,
          to,
        })
        .andWhere('l.track_id IS NULL')
        .groupBy('LOWER(l.artist_name)')
        .addGroupBy('LOWER(l.track_name)')
        .orderBy('plays', 'DESC')
        .addOrderBy('LOWER(l.artist_name)', 'ASC')
        .addOrderBy('LOWER(l.track_name)', 'ASC')
        .limit(limit)
        .getRawMany<{ artistName: string; trackName: string; plays: string }>();
      return rows.map((r) => ({ artistName: r.artistName, trackName: r.trackName, plays: Number(r.plays) }));
    });
  }
}

function tagsOf(info: Record<string, unknown> | null): string[] {
  const tags = info?.['tags'];
  return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string').slice(0, 20) : [];
}
