import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ConflictError } from '@app/core';
import { HttpClient } from '@app/platform';
import { LastfmTagStore, type TrackToTag } from './lastfm-tag-store.js';
import { LastfmTopTags } from './lastfm-top-tags.js';
import { type LastfmTopTag, mapLastfmTags } from './map-lastfm-tags.js';

/** First wait after Last.fm's error 29 (rate limit exceeded); it doubles up to four times. */
const RATE_LIMIT_BACKOFF_MS = 1000;
const MAX_BACKOFFS = 4;

export interface LastfmSyncStarted {
  /** False when a sync was already running; it goes on and takes no new request meanwhile. */
  started: boolean;
  tracks: number;
}

export interface LastfmSyncSummary {
  tracks: number;
  tagged: number;
  notFound: number;
  failed: number;
}

/**
 * Fetches Last.fm's top tags of library tracks and their artists, keeps the whitelisted genres and moods with
 * a count of at least TRUETRACK_LASTFM_TAG_MIN_COUNT, and stores them per track. One sync runs at a time; each
 * artist is asked about once per sync. A track that fails is counted and the sync goes on.
 */
@Injectable()
export class LastfmTagSync implements OnApplicationShutdown {
  private readonly logger = new Logger(LastfmTagSync.name);
  private readonly client: LastfmTopTags | undefined;
  private readonly stop = new AbortController();
  private running: Promise<LastfmSyncSummary> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly store: LastfmTagStore,
  ) {
    const apiKey = config.listening.lastfmApiKey;
    if (!apiKey) return;
    const http = new HttpClient({
      baseUrl: config.listening.lastfmUrl,
      timeoutMs: config.providers.timeoutMs,
      userAgent: `TrueTrack${config.providers.contact ? ` (${config.providers.contact})` : ''}`,
      minIntervalMs: config.listening.requestIntervalMs,
      maxRetries: 3,
      maxRetryAfterMs: 120_000,
    });
    this.client = new LastfmTopTags(http, { apiKey, backoffMs: RATE_LIMIT_BACKOFF_MS, maxBackoffs: MAX_BACKOFFS });
  }

  get enabled(): boolean {
    return this.client !== undefined;
  }

  /** Starts a sync in the background (tracks changed since `sinceMs`, else those never tagged). */
  async start(sinceMs?: number): Promise<LastfmSyncStarted> {
    const client = this.requireClient();
    if (this.running) return { started: false, tracks: 0 };
    const tracks = await this.store.tracksToTag(sinceMs);
    this.running = this.tagAll(client, tracks).finally(() => (this.running = undefined));
    this.running.catch((error: Error) => this.logger.warn(`Last.fm tag sync stopped: ${error.message}`));
    return { started: true, tracks: tracks.length };
  }

  /** A whole sync, awaited (the schedule); the running one when there is one. */
  async run(sinceMs?: number): Promise<LastfmSyncSummary> {
    await this.start(sinceMs);
    return this.running ?? { tracks: 0, tagged: 0, notFound: 0, failed: 0 };
  }

  async onApplicationShutdown(): Promise<void> {
    this.stop.abort(new Error('shutting down'));
    await this.running?.catch(() => undefined);
  }

  private requireClient(): LastfmTopTags {
    if (!this.client) throw new ConflictError('Last.fm tags need TRUETRACK_LASTFM_API_KEY');
    return this.client;
  }

  private async tagAll(client: LastfmTopTags, tracks: TrackToTag[]): Promise<LastfmSyncSummary> {
    const summary: LastfmSyncSummary = { tracks: tracks.length, tagged: 0, notFound: 0, failed: 0 };
    const artists = new Map<string, Promise<LastfmTopTag[] | undefined>>();
    const signal = this.stop.signal;
    for (const track of tracks) {
      if (signal.aborted) break;
      try {
        const artistKey = track.artist.trim().toLowerCase();
        if (!artists.has(artistKey)) artists.set(artistKey, client.artist(track.artist, signal));
        // Both questions are settled before either answer is read: the artist's may fail after the track's did.
        const [trackTags, artistTags] = await bothAnswers(
          client.track(track.artist, track.title, signal),
          artists.get(artistKey)!,
        );
        const found = trackTags !== undefined || artistTags !== undefined;
        await this.store.save({
          trackId: track.id,
          status: found ? 'tagged' : 'not-found',
          tags: mapLastfmTags(trackTags ?? [], artistTags ?? [], this.config.analysis.lastfmTagMinCount),
          syncedAt: Date.now(),
        });
        if (found) summary.tagged++;
        else summary.notFound++;
      } catch (error) {
        if (signal.aborted) break;
        // A failed artist answer must not fail every later track of that artist in this sync.
        artists.delete(track.artist.trim().toLowerCase());
        summary.failed++;
        this.logger.warn(`Last.fm tags of ${track.artist} – ${track.title}: ${(error as Error).message}`);
      }
    }
    this.logger.log(
      `Last.fm tags: ${summary.tagged} tagged, ${summary.notFound} not found, ${summary.failed} failed of ${summary.tracks}`,
    );
    return summary;
  }
}

async function bothAnswers<A, B>(first: Promise<A>, second: Promise<B>): Promise<[A, B]> {
  const [a, b] = await Promise.allSettled([first, second]);
  if (a.status === 'rejected') throw a.reason;
  if (b.status === 'rejected') throw b.reason;
  return [a.value, b.value];
}
