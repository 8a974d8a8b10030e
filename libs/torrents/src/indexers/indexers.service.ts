import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError } from '@app/core';
import { TransactionRunner } from '@app/db';
import { SourceUrlPolicy } from '@app/platform';
import { audioCategories } from '../torznab/parse-caps.js';
import { TorznabClient } from '../torznab/torznab-client.js';
import { maskApiKey, readIndexerInput } from './indexer-input.js';
import type { IndexerTestDto, TorrentIndexerDto } from './indexer.dto.js';
import { TorrentIndexerEntity } from './torrent-indexer.entity.js';

const ID = /^[0-9a-f-]{36}$/i;

function toDto(entity: TorrentIndexerEntity): TorrentIndexerDto {
  const { id, name, url, apiKey, categories, priority, enabled } = entity;
  return { id, name, url, apiKey: maskApiKey(apiKey), categories, priority, enabled };
}

/** The Torznab indexers a person configured; none means torrent sources are off. */
@Injectable()
export class TorrentIndexers {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly policy: SourceUrlPolicy,
  ) {}

  async list(): Promise<TorrentIndexerDto[]> {
    return (await this.enabledAndDisabled()).map(toDto);
  }

  /** The enabled indexers in the order they are searched (priority, then age). */
  async enabled(): Promise<TorrentIndexerEntity[]> {
    return (await this.enabledAndDisabled()).filter((indexer) => indexer.enabled);
  }

  async get(id: string): Promise<TorrentIndexerDto> {
    return toDto(await this.find(id));
  }

  async create(body: unknown): Promise<TorrentIndexerDto> {
    const input = readIndexerInput(body);
    const now = Date.now();
    const entity = Object.assign(new TorrentIndexerEntity(), {
      id: randomUUID(),
      ...input,
      createdAt: now,
      updatedAt: now,
    });
    await this.tx.outsideTransaction((m) => m.save(entity));
    return toDto(entity);
  }

  async update(id: string, body: unknown): Promise<TorrentIndexerDto> {
    const stored = await this.find(id);
    Object.assign(stored, readIndexerInput(body, stored), { updatedAt: Date.now() });
    await this.tx.outsideTransaction((m) => m.save(stored));
    return toDto(stored);
  }

  async remove(id: string): Promise<void> {
    const stored = await this.find(id);
    await this.tx.outsideTransaction((m) => m.delete(TorrentIndexerEntity, { id: stored.id }));
  }

  /** Asks the indexer for its caps: whether the URL and key work and what it can search. */
  async test(id: string): Promise<IndexerTestDto> {
    const indexer = await this.find(id);
    try {
      const caps = await new TorznabClient(indexer, this.policy).caps();
      const music = caps.musicSearch
        ? `t=music with ${caps.musicSearch.join(', ')}`
        : 'no music search (t=search only)';
      return {
        ok: true,
        message: `${caps.title ?? indexer.name} answers: ${music}`,
        musicSearch: caps.musicSearch,
        audioCategories: audioCategories(caps),
      };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  }

  private async find(id: string): Promise<TorrentIndexerEntity> {
    if (!ID.test(id)) throw new ValidationError('id', 'id must be an indexer id');
    const found = await this.tx.outsideTransaction((m) => m.findOne(TorrentIndexerEntity, { where: { id } }));
    if (!found) throw new NotFoundError(`No indexer with id ${id}`);
    return found;
  }

  private enabledAndDisabled(): Promise<TorrentIndexerEntity[]> {
    return this.tx.outsideTransaction((m) =>
      m.find(TorrentIndexerEntity, { order: { priority: 'ASC', createdAt: 'ASC' } }),
    );
  }
}
