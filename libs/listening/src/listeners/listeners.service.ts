import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { SaveListenerRequest } from '@app/contracts';
import { ConflictError, NotFoundError } from '@app/core';
import { TransactionRunner } from '@app/db';
import type { EntityManager } from 'typeorm';
import { newListenToken } from './listen-token.js';
import { ListenerEntity } from './listener.entity.js';

const DEFAULT_TIME_ZONE = 'UTC';

/** Listeners and their listen tokens. */
@Injectable()
export class Listeners {
  constructor(private readonly tx: TransactionRunner) {}

  list(): Promise<ListenerEntity[]> {
    return this.tx.outsideTransaction((m) => m.find(ListenerEntity, { order: { createdAt: 'ASC' } }));
  }

  async get(id: string): Promise<ListenerEntity> {
    const listener = await this.tx.outsideTransaction((m) => m.findOne(ListenerEntity, { where: { id } }));
    if (!listener) throw new NotFoundError(`No listener with id ${id}`);
    return listener;
  }

  async byToken(token: string): Promise<ListenerEntity | undefined> {
    if (!token) return undefined;
    const found = await this.tx.outsideTransaction((m) => m.findOne(ListenerEntity, { where: { listenToken: token } }));
    return found ?? undefined;
  }

  /** The listener of this name, in any case: how media-server users are matched to listeners. */
  async byName(name: string): Promise<ListenerEntity | undefined> {
    const found = await this.tx.outsideTransaction((m) =>
      m.createQueryBuilder(ListenerEntity, 'listener').where('LOWER(listener.name) = LOWER(:name)', { name }).getOne(),
    );
    return found ?? undefined;
  }

  async byUser(userId: string): Promise<ListenerEntity | undefined> {
    return (await this.tx.outsideTransaction((m) => m.findOne(ListenerEntity, { where: { userId } }))) ?? undefined;
  }

  create(request: SaveListenerRequest, userId: string | null = null): Promise<ListenerEntity> {
    return this.tx.run(async (m) => {
      await this.refuseTakenName(m, request.name);
      const now = Date.now();
      const listener = m.create(ListenerEntity, {
        id: randomUUID(),
        name: request.name,
        userId,
        timeZone: request.timeZone ?? DEFAULT_TIME_ZONE,
        listenToken: newListenToken(),
        listenBrainzUsername: request.listenBrainzUsername ?? null,
        listenBrainzToken: request.listenBrainzToken ?? null,
        lastfmUsername: request.lastfmUsername ?? null,
        relayListenBrainz: request.relayListenBrainz ?? false,
        lastfmSessionKey: null,
        lastfmAuthToken: null,
        relayLastfm: request.relayLastfm ?? false,
        lastfmBroken: null,
        createdAt: now,
        updatedAt: now,
      });
      return m.save(listener);
    });
  }

  /** The listener of an admin UI user, made on first use under the user's name. */
  async forUser(userId: string, username: string): Promise<ListenerEntity> {
    const existing = await this.byUser(userId);
    if (existing) return existing;
    const taken = await this.tx.outsideTransaction((m) => m.findOne(ListenerEntity, { where: { name: username } }));
    return this.create({ name: taken ? `${username} (${userId.slice(0, 8)})` : username }, userId);
  }

  /** Changes the fields given; `null` clears an optional one, a field left out keeps its value. */
  update(id: string, request: Partial<SaveListenerRequest>): Promise<ListenerEntity> {
    return this.tx.run(async (m) => {
      const listener = await m.findOne(ListenerEntity, { where: { id } });
      if (!listener) throw new NotFoundError(`No listener with id ${id}`);
      if (request.name !== undefined && request.name !== listener.name) {
        await this.refuseTakenName(m, request.name);
        listener.name = request.name;
      }
      if (request.timeZone !== undefined) listener.timeZone = request.timeZone;
      if (request.listenBrainzUsername !== undefined) listener.listenBrainzUsername = request.listenBrainzUsername;
      if (request.listenBrainzToken !== undefined) listener.listenBrainzToken = request.listenBrainzToken;
      if (request.lastfmUsername !== undefined) listener.lastfmUsername = request.lastfmUsername;
      if (request.relayListenBrainz !== undefined) listener.relayListenBrainz = request.relayListenBrainz;
      if (request.relayLastfm !== undefined) listener.relayLastfm = request.relayLastfm;
      listener.updatedAt = Date.now();
      return m.save(listener);
    });
  }

  /** A new listen token; the old one stops working at once. */
  regenerateToken(id: string): Promise<ListenerEntity> {
    return this.tx.run(async (m) => {
      const listener = await m.findOne(ListenerEntity, { where: { id } });
      if (!listener) throw new NotFoundError(`No listener with id ${id}`);
      listener.listenToken = newListenToken();
      listener.updatedAt = Date.now();
      return m.save(listener);
    });
  }

  private async refuseTakenName(m: EntityManager, name: string): Promise<void> {
    if (await m.findOne(ListenerEntity, { where: { name } })) {
      throw new ConflictError(`A listener named ${name} exists already`);
    }
  }
}
