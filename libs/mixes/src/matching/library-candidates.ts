import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@app/db';
import { escapeLike } from '@app/library';
import type { LibraryTrackTags } from './match-line.js';

const MAX_ROWS = 20;

/** Library tracks whose title holds the line's title: the few rows matchLine scores. */
@Injectable()
export class LibraryCandidates {
  constructor(private readonly tx: TransactionRunner) {}

  find(title: string): Promise<LibraryTrackTags[]> {
    const needle = title.trim().toLowerCase();
    if (!needle) return Promise.resolve([]);
    return this.tx.outsideTransaction(async (manager) => {
      const postgres = manager.connection.options.type === 'postgres';
      const param = postgres ? '$1' : '?';
      return (
        (await manager.query(
          `SELECT id, artist, title, album, year, duration_ms AS "durationMs" FROM library_track WHERE LOWER(title) LIKE ${param} ESCAPE '\\' LIMIT ${MAX_ROWS}`,
          [`%${escapeLike(needle)}%`],
        )) as LibraryTrackTags[]
      ).map((row) => ({
        ...row,
        year: row.year === null || row.year === undefined ? null : Number(row.year),
        durationMs: row.durationMs === null || row.durationMs === undefined ? null : Number(row.durationMs),
      }));
    });
  }
}
