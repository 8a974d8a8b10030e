import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { LastfmAuthorizationDto } from '@app/contracts';
import { NotFoundError, ValidationError } from '@app/core';
import { TransactionRunner } from '@app/db';
import { HttpClient } from '@app/platform';
import { ListenerEntity } from '../listeners/listener.entity.js';
import { LastfmApi } from './lastfm-api.js';
import { LastfmApiError } from './lastfm-error.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Last.fm's "this token has not been authorised" (14) and "has expired" (15). */
const NOT_AUTHORISED = 14;
const EXPIRED = 15;

/**
 * Connects a listener to Last.fm by its web authorisation: `auth.getToken`, the person authorises TrueTrack at
 * Last.fm, then `auth.getSession` turns the token into the session key relays are signed with.
 */
@Injectable()
export class LastfmConnect {
  private readonly api: LastfmApi | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
  ) {
    const { lastfmApiKey: apiKey, lastfmSharedSecret: sharedSecret } = config.listening;
    const http = new HttpClient({
      baseUrl: config.listening.lastfmUrl,
      timeoutMs: config.providers.timeoutMs,
      userAgent: 'TrueTrack',
    });
    this.api = apiKey && sharedSecret ? new LastfmApi(http, { apiKey, sharedSecret }) : undefined;
  }

  /** A fresh token, kept on the listener, and the page where the person authorises it. */
  async start(listenerId: string): Promise<LastfmAuthorizationDto> {
    const api = this.configured();
    await this.listener(listenerId);
    const answer = await this.ask(() => api.call('auth.getToken', {}));
    const token = typeof answer['token'] === 'string' ? answer['token'] : '';
    if (!/^[A-Za-z0-9]{1,64}$/.test(token)) throw new Error('Last.fm answered auth.getToken without a token');
    await this.tx.run((m) => m.update(ListenerEntity, { id: listenerId }, { lastfmAuthToken: token }));
    const url = new URL(this.config.listening.lastfmAuthUrl);
    url.searchParams.set('api_key', api.apiKey);
    url.searchParams.set('token', token);
    return { authorizeUrl: url.toString() };
  }

  /** Once the person authorised: the session key and Last.fm user name, stored; relaying is switched on. */
  async finish(listenerId: string): Promise<ListenerEntity> {
    const api = this.configured();
    const listener = await this.listener(listenerId);
    if (!listener.lastfmAuthToken) {
      throw new ValidationError('lastfm', 'start connecting first (POST /api/v1/listeners/:id/lastfm/connect)');
    }
    const token = listener.lastfmAuthToken;
    const answer = await this.ask(() => api.call('auth.getSession', { token }));
    const session = isObject(answer['session']) ? answer['session'] : {};
    const key = typeof session['key'] === 'string' ? session['key'] : '';
    const name = typeof session['name'] === 'string' ? session['name'].slice(0, 100) : '';
    if (!key || key.length > 64) throw new Error('Last.fm answered auth.getSession without a session key');
    return this.tx.run(async (m) => {
      const current = await m.findOneOrFail(ListenerEntity, { where: { id: listenerId } });
      current.lastfmSessionKey = key;
      current.lastfmAuthToken = null;
      current.lastfmBroken = null;
      current.relayLastfm = true;
      if (name) current.lastfmUsername = name;
      current.updatedAt = Date.now();
      return m.save(current);
    });
  }

  /** Forgets the session key: nothing more is relayed to Last.fm (history imports by user name go on). */
  disconnect(listenerId: string): Promise<ListenerEntity> {
    return this.tx.run(async (m) => {
      const listener = await m.findOne(ListenerEntity, { where: { id: listenerId } });
      if (!listener) throw new NotFoundError(`No listener with id ${listenerId}`);
      Object.assign(listener, {
        lastfmSessionKey: null,
        lastfmAuthToken: null,
        lastfmBroken: null,
        relayLastfm: false,
        updatedAt: Date.now(),
      });
      return m.save(listener);
    });
  }

  private configured(): LastfmApi {
    if (!this.api) {
      throw new ValidationError(
        'lastfm',
        'set TRUETRACK_LASTFM_API_KEY and TRUETRACK_LASTFM_SHARED_SECRET to connect Last.fm accounts',
      );
    }
    return this.api;
  }

  private async listener(id: string): Promise<ListenerEntity> {
    const listener = await this.tx.outsideTransaction((m) => m.findOne(ListenerEntity, { where: { id } }));
    if (!listener) throw new NotFoundError(`No listener with id ${id}`);
    return listener;
  }

  /** Last.fm's refusals of the person's authorisation become 400s naming `lastfm`. */
  private async ask(call: () => Promise<Json>): Promise<Json> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof LastfmApiError) {
        if (error.code === NOT_AUTHORISED) {
          throw new ValidationError('lastfm', 'the token is not authorised yet: allow TrueTrack at Last.fm first');
        }
        if (error.code === EXPIRED) throw new ValidationError('lastfm', 'the token expired: connect again');
        throw new ValidationError('lastfm', `Last.fm refused: ${error.message}`);
      }
      throw error;
    }
  }
}
