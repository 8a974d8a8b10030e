import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { TransactionRunner } from '@app/db';
import { HttpClient } from '@app/platform';
import type { EntityManager } from 'typeorm';
import { ListenStore } from '../listens/listen-store.js';
import type { NewListen } from '../listens/new-listen.js';
import type { ListenerEntity } from '../listeners/listener.entity.js';
import { Listeners } from '../listeners/listeners.service.js';
import type { HistoryListen, HistoryPages } from './history-listen.js';
import { walkStep } from './history-walk.js';
import { LastfmHistory } from './lastfm-history.js';
import { ListenBrainzHistory } from './listenbrainz-history.js';
import { type HistorySourceName, ListenSyncEntity } from './listen-sync.entity.js';

/**
 * Imports listeners' histories from ListenBrainz and Last.fm: a walk from the newest listen down to the
 * watermark, each page stored in one transaction with the walk's position, so that a process stopped anywhere
 * resumes where it was, without gaps or duplicates.
 */
@Injectable()
export class HistorySync implements OnApplicationShutdown {
  private readonly logger = new Logger(HistorySync.name);
  private readonly running = new Map<string, Promise<void>>();
  private readonly stop = new AbortController();
  private readonly http: Record<HistorySourceName, HttpClient>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly listeners: Listeners,
    private readonly store: ListenStore,
    private readonly tx: TransactionRunner,
  ) {
    const client = (baseUrl: string) =>
      new HttpClient({
        baseUrl,
        timeoutMs: config.providers.timeoutMs,
        userAgent: `TrueTrack${config.providers.contact ? ` (${config.providers.contact})` : ''}`,
        minIntervalMs: config.listening.requestIntervalMs,
        maxRetries: 3,
        maxRetryAfterMs: 120_000,
      });
    this.http = { listenbrainz: client(config.listening.listenBrainzUrl), lastfm: client(config.listening.lastfmUrl) };
  }

  /**
   * Makes the state of each connected source the listener has none of yet, a first import reaching back to
   * `sinceSeconds`, so that it can be shown before the walks start.
   */
  async prepare(listener: ListenerEntity, sinceSeconds?: number): Promise<void> {
    for (const { name } of this.sources(listener)) {
      await this.tx.run(async (m) => {
        if (await m.findOne(ListenSyncEntity, { where: { listenerId: listener.id, source: name } })) return;
        await m.save(ListenSyncEntity, newState(listener.id, name, sinceSeconds));
      });
    }
  }

  /** Every listener's every connected source, one after the other (the schedule). */
  async syncAll(): Promise<void> {
    for (const listener of await this.listeners.list()) await this.syncListener(listener).catch(() => undefined);
  }

  /** Starts the listener's syncs that are not running yet and waits for them; failures are kept in the state. */
  async syncListener(listener: ListenerEntity, sinceSeconds?: number): Promise<void> {
    const runs = this.sources(listener).map(({ name, pages }) => this.start(listener.id, name, pages, sinceSeconds));
    const outcomes = await Promise.allSettled(runs);
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
  }

  /** The sources the listener is connected to (Last.fm only with an API key). */
  sources(listener: ListenerEntity): { name: HistorySourceName; pages: HistoryPages }[] {
    const sources: { name: HistorySourceName; pages: HistoryPages }[] = [];
    if (listener.listenBrainzUsername) {
      const pages = new ListenBrainzHistory(
        this.http.listenbrainz,
        listener.listenBrainzUsername,
        listener.listenBrainzToken ?? undefined,
      );
      sources.push({ name: 'listenbrainz', pages });
    }
    const apiKey = this.config.listening.lastfmApiKey;
    if (listener.lastfmUsername && apiKey) {
      sources.push({ name: 'lastfm', pages: new LastfmHistory(this.http.lastfm, apiKey, listener.lastfmUsername) });
    }
    return sources;
  }

  isRunning(listenerId: string, source: HistorySourceName): boolean {
    return this.running.has(`${listenerId}:${source}`);
  }

  states(listenerId?: string): Promise<ListenSyncEntity[]> {
    return this.tx.outsideTransaction((m) =>
      m.find(ListenSyncEntity, {
        where: listenerId ? { listenerId } : {},
        order: { listenerId: 'ASC', source: 'ASC' },
      }),
    );
  }

  onApplicationShutdown(): void {
    this.stop.abort(new Error('the server is stopping'));
  }

  private start(listenerId: string, source: HistorySourceName, pages: HistoryPages, since?: number): Promise<void> {
    const key = `${listenerId}:${source}`;
    const already = this.running.get(key);
    if (already) return already;
    const run = this.walk(listenerId, source, pages, since).finally(() => this.running.delete(key));
    this.running.set(key, run);
    return run;
  }

  private async walk(listenerId: string, source: HistorySourceName, pages: HistoryPages, since?: number) {
    let state = await this.begin(listenerId, source, since);
    try {
      for (;;) {
        const walk = { syncedTo: floorOf(state), walkTop: state.walkTop!, walkCursor: state.walkCursor! };
        const page = await pages.pageBefore(walk.walkCursor, this.stop.signal);
        const step = walkStep(walk, page);
        const listens = step.store.map((listen) => toNewListen(listenerId, source, listen));
        state = await this.tx.run(async (m) => {
          await this.store.addIn(m, listens);
          const changes: Partial<ListenSyncEntity> = step.done
            ? {
                syncedTo: step.next.syncedTo,
                walkTop: null,
                walkCursor: null,
                lastSuccessAt: Date.now(),
                lastError: null,
              }
            : { walkCursor: step.next.walkCursor };
          return this.save(m, state, { ...changes, listensRead: state.listensRead + page.length });
        });
        this.store.committed(listens);
        if (step.done) return;
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`History sync ${source} of listener ${listenerId} stopped: ${message}`);
      await this.tx.run((m) => this.save(m, state, { lastError: message }));
      throw error;
    }
  }

  /** The state to walk from: the walk under way, or a new one from now down to the watermark. */
  private begin(listenerId: string, source: HistorySourceName, since?: number): Promise<ListenSyncEntity> {
    return this.tx.run(async (m) => {
      const now = Math.floor(Date.now() / 1000);
      const found = await m.findOne(ListenSyncEntity, { where: { listenerId, source } });
      const state = found ?? m.create(ListenSyncEntity, newState(listenerId, source, since));
      const walk = state.walkTop === null ? { walkTop: now, walkCursor: now + 1 } : {};
      return this.save(m, state, { ...walk, lastRunAt: Date.now() });
    });
  }

  private save(m: EntityManager, state: ListenSyncEntity, changes: Partial<ListenSyncEntity>) {
    return m.save(ListenSyncEntity, { ...state, ...changes });
  }
}

function newState(listenerId: string, source: HistorySourceName, since?: number): ListenSyncEntity {
  return {
    listenerId,
    source,
    syncedTo: since === undefined ? 0 : since - 1,
    walkTop: null,
    walkCursor: null,
    listensRead: 0,
    lastRunAt: null,
    lastSuccessAt: null,
    lastError: null,
  };
}

/**
 * How far down a walk goes: an hour under the watermark once a walk has completed, for listens a client submitted
 * to the source late (the store drops the ones already kept).
 */
const OVERLAP_SECONDS = 3600;

function floorOf(state: ListenSyncEntity): number {
  return state.lastSuccessAt ? Math.max(0, state.syncedTo - OVERLAP_SECONDS) : state.syncedTo;
}

function toNewListen(listenerId: string, source: HistorySourceName, listen: HistoryListen): NewListen {
  return {
    listenerId,
    listenedAt: listen.listenedAt * 1000,
    artistName: listen.artistName,
    trackName: listen.trackName,
    ...(listen.releaseName ? { releaseName: listen.releaseName } : {}),
    ...(listen.durationMs ? { durationMs: listen.durationMs } : {}),
    ...(listen.recordingMbid ? { recordingMbid: listen.recordingMbid } : {}),
    source: source === 'listenbrainz' ? 'listenbrainz-import' : 'lastfm-import',
    ...(listen.additionalInfo && Object.keys(listen.additionalInfo).length
      ? { additionalInfo: listen.additionalInfo }
      : {}),
  };
}
