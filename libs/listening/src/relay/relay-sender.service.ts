import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { TransactionRunner } from '@app/db';
import { In, LessThanOrEqual } from 'typeorm';
import { ListenerEntity } from '../listeners/listener.entity.js';
import { ListenRelayEntity } from './listen-relay.entity.js';
import type { RelayTarget } from './relay-target.js';
import { RelayTargets } from './relay-targets.js';

const INTERVAL = 'listening-relay';
/** Rows read from the queue a round. */
const ROUND = 5000;
/** The longest wait between two tries of a listen that may still go through. */
const MAX_BACKOFF_MS = 6 * 3600_000;

/**
 * Forwards queued listens, each listener's and each service's in batches as large as the service takes. A batch
 * taken is deleted; one not answered (or refused for a reason that may pass) stays and is tried again later with a
 * growing wait, across restarts; one the service will never take is deleted with its reason logged, and a session
 * the service no longer knows marks the listener's connection broken.
 */
@Injectable()
export class RelaySender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RelaySender.name);
  private draining: Promise<void> | undefined;
  private again = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
    private readonly registry: SchedulerRegistry,
    private readonly targets: RelayTargets,
  ) {}

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
        take: ROUND,
      }),
    );
    const groups = new Map<string, ListenRelayEntity[]>();
    for (const row of due) {
      const key = `${row.listenerId} ${row.target}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    for (const rows of groups.values()) {
      const { listenerId, target: name } = rows[0]!;
      const target = this.targets.byName(name);
      if (!target) continue;
      for (let at = 0; at < rows.length; at += target.batchSize) {
        // Read again for each batch: a batch may have marked the connection broken.
        const listener = await this.tx.outsideTransaction((m) =>
          m.findOne(ListenerEntity, { where: { id: listenerId } }),
        );
        await this.send(target, listener, rows.slice(at, at + target.batchSize));
      }
    }
  }

  private async send(target: RelayTarget, listener: ListenerEntity | null, rows: ListenRelayEntity[]): Promise<void> {
    const outcome = await target.send(listener, rows);
    const who = listener?.name ?? rows[0]!.listenerId;
    if (outcome.kind === 'retry') return this.later(target, rows, outcome.reason);
    if (outcome.kind === 'drop') {
      this.logger.warn(
        `${target.label} refused ${rows.length} listen(s) of ${who} for good, dropped: ${outcome.reason}`,
      );
      await this.tx.run(async (m) => {
        await m.delete(ListenRelayEntity, { id: In(rows.map((row) => row.id)) });
        if (outcome.sessionBroken && listener) {
          await m.update(ListenerEntity, { id: listener.id }, { lastfmBroken: outcome.reason, updatedAt: Date.now() });
        }
      });
      return;
    }
    const kept = new Set((outcome.retry ?? []).map((row) => row.id));
    if (outcome.dropped) {
      this.logger.warn(
        `${target.label} ignored ${outcome.dropped.rows.length} listen(s) of ${who}, dropped: ${outcome.dropped.reason}`,
      );
    }
    const done = rows.filter((row) => !kept.has(row.id)).map((row) => row.id);
    if (done.length) await this.tx.run((m) => m.delete(ListenRelayEntity, { id: In(done) }));
    if (outcome.retry?.length) await this.later(target, outcome.retry, `${target.label}'s daily scrobble limit`);
  }

  private async later(target: RelayTarget, rows: ListenRelayEntity[], reason: string): Promise<void> {
    const attempts = (rows[0]?.attempts ?? 0) + 1;
    const wait = Math.min(this.config.listening.relayRetryMs * 2 ** (attempts - 1), MAX_BACKOFF_MS);
    this.logger.warn(`Relay of ${rows.length} listen(s) to ${target.label} failed (try ${attempts}): ${reason}`);
    await this.tx.run((m) =>
      m.update(
        ListenRelayEntity,
        { id: In(rows.map((row) => row.id)) },
        { attempts, nextAttemptAt: Date.now() + wait, lastError: reason },
      ),
    );
  }
}
