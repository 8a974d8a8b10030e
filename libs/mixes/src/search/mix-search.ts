import { Injectable } from '@nestjs/common';
import type { MixSearchHitDto } from '@app/contracts';
import { TransactionRunner } from '@app/db';
import { fts5Query, searchTerms, tsQuery } from './search-terms.js';

/** Mixes returned by one search; each with its matching lines. */
export const MAX_SEARCH_MIXES = 50;
const MAX_LINES = 300;

interface HitRow {
  mix_id: string;
  mix_title: string;
  line_id: string;
  position: number;
  start_ms: number | null;
  artist: string;
  title: string;
}

/**
 * "Which of my mixes contain X": full-text search over tracklist lines (FTS5 on SQLite, tsvector on Postgres).
 * On SQLite the newest lines come first in FTS5's own rowid order, so only the rows returned are joined: sorting
 * every match by the mix's date took 340 ms for a word in one line of twelve among 200,000.
 */
@Injectable()
export class MixSearch {
  constructor(private readonly tx: TransactionRunner) {}

  async search(query: string): Promise<MixSearchHitDto[]> {
    const terms = searchTerms(query);
    if (terms.length === 0) return [];
    const rows = await this.tx.outsideTransaction(async (manager) => {
      if (manager.connection.options.type === 'postgres') {
        // Newest mixes first through IDX_mix_updated, each probed for a matching line: a word in a third of all
        // lines took 230 ms when every match was joined and sorted, 5 ms this way.
        const q = tsQuery(terms);
        const mixes = (await manager.query(
          `SELECT m.id FROM mix m
            WHERE EXISTS (SELECT 1 FROM mix_line l WHERE l.mix_id = m.id AND l.search @@ to_tsquery('simple', $1))
            ORDER BY m.updated_at DESC, m.id DESC LIMIT ${MAX_SEARCH_MIXES}`,
          [q],
        )) as { id: string }[];
        if (mixes.length === 0) return [];
        return (await manager.query(
          `SELECT l.mix_id, m.title AS mix_title, l.id AS line_id, l.position, l.start_ms, l.artist, l.title
             FROM mix_line l JOIN mix m ON m.id = l.mix_id
            WHERE l.mix_id = ANY($2) AND l.search @@ to_tsquery('simple', $1)
            ORDER BY m.updated_at DESC, m.id DESC, l.position LIMIT ${MAX_LINES}`,
          [q, mixes.map((m) => m.id)],
        )) as HitRow[];
      }
      const sql = `SELECT l.mix_id, m.title AS mix_title, l.id AS line_id, l.position, l.start_ms, l.artist, l.title
             FROM mix_line_search s JOIN mix_line l ON l.rowid = s.rowid JOIN mix m ON m.id = l.mix_id
            WHERE mix_line_search MATCH ?
            ORDER BY s.rowid DESC LIMIT ${MAX_LINES}`;
      return (await manager.query(sql, [fts5Query(terms)])) as HitRow[];
    });
    return groupByMix(rows);
  }
}

function groupByMix(rows: HitRow[]): MixSearchHitDto[] {
  const mixes = new Map<string, MixSearchHitDto>();
  for (const row of rows) {
    let hit = mixes.get(row.mix_id);
    if (!hit) {
      if (mixes.size >= MAX_SEARCH_MIXES) continue;
      hit = { mixId: row.mix_id, mixTitle: row.mix_title, lines: [] };
      mixes.set(row.mix_id, hit);
    }
    hit.lines.push({
      lineId: row.line_id,
      position: Number(row.position),
      start: row.start_ms === null ? null : Number(row.start_ms) / 1000,
      artist: row.artist,
      title: row.title,
    });
  }
  for (const hit of mixes.values()) hit.lines.sort((a, b) => a.position - b.position);
  return [...mixes.values()];
}
