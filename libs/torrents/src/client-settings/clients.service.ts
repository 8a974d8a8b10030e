import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationError } from '@app/core';
import { TransactionRunner } from '@app/db';
import type { DownloadClient } from '../clients/download-client.js';
import { QBittorrentClient } from '../clients/qbittorrent-client.js';
import { TransmissionClient } from '../clients/transmission-client.js';
import { describeClientFailure } from './client-failure.js';
import { maskPassword, readClientInput } from './client-input.js';
import type { ClientTestDto, TorrentClientDto } from './client.dto.js';
import { TorrentClientEntity } from './torrent-client.entity.js';

const ID = /^[0-9a-f-]{36}$/i;

function toDto(entity: TorrentClientEntity): TorrentClientDto {
  const { id, kind, url, username, password, category, seedRatio, seedMinutes, enabled } = entity;
  return { id, kind, url, username, password: maskPassword(password), category, seedRatio, seedMinutes, enabled };
}

/** The adapter a stored client is talked to through. */
export function downloadClientOf(settings: Pick<TorrentClientEntity, 'kind' | 'url' | 'username' | 'password'>) {
  const { url, username, password } = settings;
  const client: DownloadClient =
    settings.kind === 'qbittorrent'
      ? new QBittorrentClient({ url, username, password })
      : new TransmissionClient({ url, username, password });
  return client;
}

/** The download clients a person configured; the first enabled one receives grabbed releases. */
@Injectable()
export class TorrentClients {
  constructor(private readonly tx: TransactionRunner) {}

  async list(): Promise<TorrentClientDto[]> {
    return (await this.all()).map(toDto);
  }

  /** The client grabbed releases go to: the oldest enabled one. */
  async active(): Promise<TorrentClientEntity | undefined> {
    return (await this.all()).find((client) => client.enabled);
  }

  /** A stored client with its password, or undefined; for the torrents a job sent to it. */
  async stored(id: string): Promise<TorrentClientEntity | undefined> {
    if (!ID.test(id)) return undefined;
    const found = await this.tx.outsideTransaction((m) => m.findOne(TorrentClientEntity, { where: { id } }));
    return found ?? undefined;
  }

  async get(id: string): Promise<TorrentClientDto> {
    return toDto(await this.find(id));
  }

  async create(body: unknown): Promise<TorrentClientDto> {
    const input = readClientInput(body);
    const now = Date.now();
    const entity = Object.assign(new TorrentClientEntity(), {
      id: randomUUID(),
      ...input,
      seedRatio: input.seedRatio ?? null,
      seedMinutes: input.seedMinutes ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await this.tx.outsideTransaction((m) => m.save(entity));
    return toDto(entity);
  }

  async update(id: string, body: unknown): Promise<TorrentClientDto> {
    const stored = await this.find(id);
    const input = readClientInput(body, stored);
    Object.assign(stored, input, {
      seedRatio: input.seedRatio ?? null,
      seedMinutes: input.seedMinutes ?? null,
      updatedAt: Date.now(),
    });
    await this.tx.outsideTransaction((m) => m.save(stored));
    return toDto(stored);
  }

  async remove(id: string): Promise<void> {
    const stored = await this.find(id);
    await this.tx.outsideTransaction((m) => m.delete(TorrentClientEntity, { id: stored.id }));
  }

  /** Logs in and asks the version: whether the URL and credentials work. */
  async test(id: string): Promise<ClientTestDto> {
    const stored = await this.find(id);
    const name = stored.kind === 'qbittorrent' ? 'qBittorrent' : 'Transmission';
    try {
      const version = (await downloadClientOf(stored).version()).replace(/^v/, '');
      return { ok: true, version, message: `${name} ${version} answers at ${stored.url}` };
    } catch (error) {
      return { ok: false, message: await describeClientFailure(name, stored.url, error) };
    }
  }

  private async find(id: string): Promise<TorrentClientEntity> {
    if (!ID.test(id)) throw new ValidationError('id', 'id must be a download client id');
    const found = await this.tx.outsideTransaction((m) => m.findOne(TorrentClientEntity, { where: { id } }));
    if (!found) throw new NotFoundError(`No download client with id ${id}`);
    return found;
  }

  private all(): Promise<TorrentClientEntity[]> {
    return this.tx.outsideTransaction((m) => m.find(TorrentClientEntity, { order: { createdAt: 'ASC' } }));
  }
}
