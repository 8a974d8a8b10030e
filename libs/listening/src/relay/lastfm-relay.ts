import type { AppConfig } from '@app/config';
import { HttpClient } from '@app/platform';
import { LastfmApi } from '../lastfm/lastfm-api.js';
import { LastfmApiError, lastfmFailureKind } from '../lastfm/lastfm-error.js';
import { ignoredScrobbles, LASTFM_SCROBBLE_BATCH, scrobbleParams, trackFields } from '../lastfm/lastfm-scrobbles.js';
import type { ListenerEntity } from '../listeners/listener.entity.js';
import type { ListenRelayEntity } from './listen-relay.entity.js';
import type { RelayOutcome, RelayTarget } from './relay-target.js';

/** Last.fm's "daily scrobble limit exceeded": the scrobble is fine, only not today. */
const IGNORED_DAILY_LIMIT = 5;

/** Scrobbles to the listener's Last.fm account with their session key, 50 a `track.scrobble` call. */
export class LastfmRelay implements RelayTarget {
  readonly name = 'lastfm' as const;
  readonly label = 'Last.fm';
  readonly batchSize = LASTFM_SCROBBLE_BATCH;
  private readonly api: LastfmApi | undefined;

  constructor(config: AppConfig) {
    const { lastfmApiKey: apiKey, lastfmSharedSecret: sharedSecret } = config.listening;
    const http = new HttpClient({
      baseUrl: config.listening.lastfmUrl,
      timeoutMs: config.providers.timeoutMs,
      userAgent: 'TrueTrack',
      maxRetries: 0,
    });
    this.api = apiKey && sharedSecret ? new LastfmApi(http, { apiKey, sharedSecret }) : undefined;
  }

  relays(listener: ListenerEntity): boolean {
    return listener.relayLastfm && Boolean(listener.lastfmSessionKey) && !listener.lastfmBroken;
  }

  /** `track.updateNowPlaying`, tried once: a late "playing now" is worth nothing. */
  async nowPlaying(listener: ListenerEntity, listen: ListenRelayEntity['listen']): Promise<void> {
    if (!this.api || !this.relays(listener)) return;
    await this.api.call('track.updateNowPlaying', trackFields(listen), listener.lastfmSessionKey!);
  }

  async send(listener: ListenerEntity | null, rows: ListenRelayEntity[]): Promise<RelayOutcome> {
    if (!this.api)
      return { kind: 'retry', reason: 'TRUETRACK_LASTFM_API_KEY and TRUETRACK_LASTFM_SHARED_SECRET are not set' };
    if (!listener?.lastfmSessionKey || listener.lastfmBroken) {
      return { kind: 'drop', reason: listener?.lastfmBroken ?? 'the listener is not connected to Last.fm' };
    }
    try {
      const answer = await this.api.call(
        'track.scrobble',
        scrobbleParams(rows.map((row) => row.listen)),
        listener.lastfmSessionKey,
      );
      const ignored = ignoredScrobbles(answer);
      const later = ignored.filter((item) => item.code === IGNORED_DAILY_LIMIT).map((item) => rows[item.index]!);
      const refused = ignored.filter((item) => item.code !== IGNORED_DAILY_LIMIT);
      return {
        kind: 'sent',
        ...(later.length ? { retry: later } : {}),
        ...(refused.length
          ? {
              dropped: {
                rows: refused.map((item) => rows[item.index]!),
                reason: refused.map((item) => `#${item.index} ${item.code} ${item.message}`.trim()).join('; '),
              },
            }
          : {}),
      };
    } catch (error) {
      if (error instanceof LastfmApiError) {
        const kind = lastfmFailureKind(error.code);
        if (kind === 'retry') return { kind: 'retry', reason: error.message };
        return { kind: 'drop', reason: error.message, sessionBroken: kind === 'session' };
      }
      return { kind: 'retry', reason: error instanceof Error ? error.message : String(error) };
    }
  }
}
