import { Inject, Injectable } from '@nestjs/common';
import type { SearchHistoryEntryDto, SearchResponseDto } from '@app/contracts';
import { NotFoundError, type RecordingCandidate } from '@app/core';
import { TransactionRunner } from '@app/db';
import { CLOCK, type Clock } from '@app/platform';
import { LessThan } from 'typeorm';
import { SearchHistoryEntity } from './search-history.entity.js';

/** Searches kept per person; older ones beyond this are dropped as new ones come. */
export const HISTORY_KEPT = 200;

/** Each person's searches, on this machine only: listed, searched again, picked from, cleared. */
@Injectable()
export class SearchHistory {
  constructor(
    private readonly tx: TransactionRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(
    person: string,
    answer: SearchResponseDto,
    recordings: Record<string, RecordingCandidate> = {},
  ): Promise<void> {
    await this.tx.run(async (m) => {
      await m.insert(SearchHistoryEntity, {
        id: answer.searchId,
        person,
        query: answer.query,
        status: answer.status,
        resultCount: answer.results.length,
        answer,
        recordings: recordings as never,
        createdAt: this.clock.now(),
      });
      const oldest = await m.find(SearchHistoryEntity, {
        select: { createdAt: true },
        where: { person },
        order: { createdAt: 'DESC' },
        skip: HISTORY_KEPT - 1,
        take: 1,
      });
      if (oldest[0]) await m.delete(SearchHistoryEntity, { person, createdAt: LessThan(oldest[0].createdAt) });
    });
  }

  async list(person: string, limit = 50): Promise<SearchHistoryEntryDto[]> {
    const rows = await this.tx.outsideTransaction((m) =>
      m.find(SearchHistoryEntity, {
        select: { id: true, query: true, status: true, resultCount: true, createdAt: true },
        where: { person },
        order: { createdAt: 'DESC' },
        take: limit,
      }),
    );
    return rows.map((r) => ({
      id: r.id,
      query: r.query,
      status: r.status,
      resultCount: r.resultCount,
      at: new Date(r.createdAt).toISOString(),
    }));
  }

  /**
   * The answer a person saw and the recording behind each of its track results; another person's search is as
   * good as missing.
   */
  async seen(
    person: string,
    searchId: string,
  ): Promise<{ answer: SearchResponseDto; recordings: Record<string, RecordingCandidate> }> {
    const row = await this.tx.outsideTransaction((m) =>
      m.findOne(SearchHistoryEntity, { where: { id: searchId, person } }),
    );
    if (!row) throw new NotFoundError(`No search ${searchId} in your history`);
    return { answer: row.answer, recordings: row.recordings ?? {} };
  }

  async clear(person: string): Promise<number> {
    return this.tx.run(async (m) => (await m.delete(SearchHistoryEntity, { person })).affected ?? 0);
  }
}
