import { Injectable } from '@nestjs/common';
import { AcceptedListens } from '../listens/accepted-listens.service.js';
import { Listeners } from '../listeners/listeners.service.js';
import type { ListenerEntity } from '../listeners/listener.entity.js';
import { badRequest, unauthorized } from './listenbrainz-error.js';
import { listenTokenOf } from './listen-token-header.js';
import { NowPlayingRelay } from '../relay/now-playing-relay.js';
import { NowPlaying } from './now-playing.js';
import { readSubmission } from './submission.js';
import { toNewListen } from './to-new-listen.js';

export interface TokenValidation {
  code: 200;
  message: 'Token valid.' | 'Token invalid.';
  valid: boolean;
  user_name?: string;
}

/** ListenBrainz's submit-listens and validate-token, answered for TrueTrack's listeners. */
@Injectable()
export class ListenBrainzIntake {
  constructor(
    private readonly listeners: Listeners,
    private readonly accepted: AcceptedListens,
    private readonly nowPlaying: NowPlaying,
    private readonly nowPlayingRelay: NowPlayingRelay,
  ) {}

  /** Checks the token, then the whole body; stores every listen or, on any refusal, none. */
  async submit(authorization: string | undefined, raw: Buffer, now = Date.now()): Promise<{ status: 'ok' }> {
    const listener = await this.listenerOf(authorization);
    const submission = readSubmission(raw, Math.floor(now / 1000));
    if (submission.listenType === 'playing_now') {
      for (const listen of submission.listens) {
        this.nowPlaying.set(listener.id, listen, now);
        this.nowPlayingRelay.forward(listener, toNewListen(listener.id, listen, now));
      }
      return { status: 'ok' };
    }
    await this.accepted.accept(
      listener,
      submission.listens.map((listen) => toNewListen(listener.id, listen, (listen.listenedAt ?? 0) * 1000)),
    );
    return { status: 'ok' };
  }

  /** The token from `Authorization: Token <t>` or, as ListenBrainz still allows, `?token=`. */
  async validate(authorization: string | undefined, queryToken: string | undefined): Promise<TokenValidation> {
    const fromHeader = /^token\s+(\S+)/i.exec(authorization?.trim() ?? '')?.[1];
    const token = fromHeader ?? queryToken ?? '';
    if (!token) throw badRequest('You need to provide an Authorization token.');
    const listener = await this.listeners.byToken(token);
    return listener
      ? { code: 200, message: 'Token valid.', valid: true, user_name: listener.name }
      : { code: 200, message: 'Token invalid.', valid: false };
  }

  private async listenerOf(authorization: string | undefined): Promise<ListenerEntity> {
    const listener = await this.listeners.byToken(listenTokenOf(authorization));
    if (!listener) throw unauthorized('Invalid authorization token.');
    return listener;
  }
}
