import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { TransactionRunner } from '@app/db';
import { HttpClient } from '@app/platform';
import { In, LessThanOrEqual } from 'typeorm';
import { ListenerEntity } from '../listeners/listener.entity.js';
import { ListenRelayEntity } from './listen-relay.entity.js';

const INTERVAL = 'listening-relay';
/** ListenBrainz takes at most 1000 listens a request. */
const BATCH = 1000;
/** The longest wait between two tries: a refused listen (a wrong token) is kept and tried again, never dropped. */
const MAX_BACKOFF_MS = 6 * 3600_000;

/**
 * Forwards queued listens to ListenBrainz, each listener's in `import` batches with their token. A batch taken is
 * deleted; one refused or not answered stays, tried again later with a growing wait.
 */
@Injectable()
export class RelaySender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RelaySender.name);
  private readonly http: HttpClient;
  private draining: Promise<void> | undefined;
  private again = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
    private readonly registry: SchedulerRegistry,
  ) {
    this.http = new HttpClient({
      baseUrl: config.listening.listenBrainzUrl,
      timeoutMs: config.providers.timeoutMs,
      userAgent: 'TrueTrack',
      // The queue retries, with its own backoff.
      maxRetries: 0,
    });
  }

  onApplicationBootstrap(): void {
    this.registry.addInterval(
      INTERVAL,
      setInterval(() => void this.drain(), this.config.listening.relayRetryMs),
    );
  }

  onApplicationShutdown(): void {
    if (this.registry.doesExist('interval', INTERVAL)) this.registry.deleteInterval(INTERVAL);
  }

  /** Sends what is due; a call while sending makes one more round after it. */
  drain(): Promise<void> {
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = this.rounds().finally(() => (this.draining = undefined));
    return this.draining;
  }

  private async rounds(): Promise<void> {
    do {
      this.again = false;
      await this.round().catch((error: unknown) => this.logger.warn(`Relay round failed: ${String(error)}`));
    } while (this.again);
  }

  private async round(): Promise<void> {
    const due = await this.tx.outsideTransaction((m) =>
      m.find(ListenRelayEntity, {
        where: { nextAttemptAt: LessThanOrEqual(Date.now()) },
        order: { createdAt: 'ASC' },
        take: BATCH * 5,
      }),
    );
    const byListener = new Map<string, ListenRelayEntity[]>();
    for (const row of due) byListener.set(row.listenerId, [...(byListener.get(row.listenerId) ?? []), row]);
    for (const [listenerId, rows] of byListener) {
      const listener = await this.tx.outsideTransaction((m) =>
        m.findOne(ListenerEntity, { where: { id: listenerId } }),
      );
      for (let at = 0; at < rows.length; at += BATCH) await this.send(listener, rows.slice(at, at + BATCH));
    }
  }

  private async send(listener: ListenerEntity | null, rows: ListenRelayEntity[]): Promise<void> {
    const ids = rows.map((row) => row.id);
    const failure = await this.post(listener, rows);
    if (!failure) {
      await this.tx.run((m) => m.delete(ListenRelayEntity, { id: In(ids) }));
      return;
    }
    const attempts = (rows[0]?.attempts ?? 0) + 1;
    const wait = Math.min(this.config.listening.relayRetryMs * 2 ** (attempts - 1), MAX_BACKOFF_MS);
    this.logger.warn(`Relay of ${rows.length} listen(s) to ListenBrainz failed (try ${attempts}): ${failure}`);
    await this.tx.run((m) =>
      m.update(ListenRelayEntity, { id: In(ids) }, { attempts, nextAttemptAt: Date.now() + wait, lastError: failure }),
    );
  }

  /** Undefined when ListenBrainz took the listens, else why not. */
  private async post(listener: ListenerEntity | null, rows: ListenRelayEntity[]): Promise<string | undefined> {
    if (!listener?.listenBrainzToken) return 'the listener has no ListenBrainz token';
    try {
      const status = await this.http.send({
        method: 'POST',
        path: '1/submit-listens',
        headers: { Authorization: `Token ${listener.listenBrainzToken}`, 'Content-Type': 'application/json' },
        body: { listen_type: 'import', payload: rows.map((row) => row.listen) },
      });
      return status >= 200 && status < 300 ? undefined : `ListenBrainz answered ${status}`;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
}
