import { dirname, isAbsolute, join } from 'node:path';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { IntegrationEvent, IntegrationKind, JobStreamEvent, RESCAN_KINDS } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { type JobAnnouncement, JobEventBus, JobOutbox } from '@app/jobs';
import type { EntityManager } from 'typeorm';
import { DeliveryLog } from '../store/delivery-log.js';
import type { IntegrationEntity } from '../store/integration.entity.js';
import { IntegrationStore } from '../store/integration-store.js';
import { RescanQueue } from '../store/rescan-queue.js';
import { toServerPath } from '../targets/library-path.js';
import { DeliverySender } from './delivery-sender.service.js';
import { eventOfJobUpdate } from './job-events.js';
import { buildNotification, type OutboundEvent } from './notification-message.js';
import { sendsFromThisProcess } from './sending-process.js';

const NOTIFICATION_KINDS = Object.values(IntegrationKind).filter((kind) => !RESCAN_KINDS.includes(kind));
/** How often the outbox is looked at without a live event: a worker process writes to it without telling us. */
const OUTBOX_POLL_MS = 1_000;
/** Handled outbox rows are kept this long (the job history keeps the transitions themselves). */
const OUTBOX_KEEP_MS = 24 * 3_600_000;

/**
 * Turns the jobs' outbox into deliveries: notifications at once, media-server rescans once per
 * TRUETRACK_RESCAN_BATCH_MS window. Every step is a transaction over database rows (outbox → deliveries and
 * waiting rescans → rescan deliveries), so a crash at any moment loses no rescan and sends none twice.
 * Nothing here may fail a job: every error ends in the log.
 */
@Injectable()
export class IntegrationRelay implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(IntegrationRelay.name);
  private unsubscribe: (() => void) | undefined;
  private poll: NodeJS.Timeout | undefined;
  private flushTimer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  private lastPrune = 0;

  constructor(
    private readonly bus: JobEventBus,
    private readonly outbox: JobOutbox,
    private readonly integrations: IntegrationStore,
    private readonly log: DeliveryLog,
    private readonly rescans: RescanQueue,
    private readonly sender: DeliverySender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (!sendsFromThisProcess(this.config)) return;
    this.stopped = false;
    this.unsubscribe = this.bus.subscribe((message) => {
      if (message.type === JobStreamEvent.Updated) this.kick();
    });
    this.poll = setInterval(() => this.kick(), OUTBOX_POLL_MS).unref();
    // What an earlier run left: announcements not yet handled, rescans whose window passed while it was down.
    this.kick();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    clearInterval(this.poll);
    clearTimeout(this.flushTimer);
    await this.draining;
  }

  /** Queues a notification for every enabled notification integration that asked for this event. */
  async notify(event: OutboundEvent): Promise<void> {
    const targets = await this.integrations.enabledOfKinds(NOTIFICATION_KINDS);
    if (await this.queueNotification(event, targets)) this.sender.kick();
  }

  /** Reads the outbox now; a kick while reading makes it read again when done. */
  kick(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain()
      .catch((error: Error) => this.logger.warn(`Integrations could not be told about jobs (${error.message})`))
      .finally(() => {
        this.draining = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  private async drain(): Promise<void> {
    // Read before the outbox transaction: on SQLite a read queued inside it would wait for it forever.
    const notifiers = await this.integrations.enabledOfKinds(NOTIFICATION_KINDS);
    let queued = false;
    let handled: number;
    do {
      handled = await this.outbox.drain(async (announcements, manager) => {
        queued = (await this.handle(announcements, notifiers, manager)) || queued;
      });
    } while (handled > 0 && !this.stopped);
    if (queued) this.sender.kick();
    await this.scheduleRescans();
    await this.pruneNowAndThen();
  }

  private async handle(
    announcements: JobAnnouncement[],
    notifiers: IntegrationEntity[],
    manager: EntityManager,
  ): Promise<boolean> {
    let queued = false;
    for (const { job, at } of announcements) {
      const event = eventOfJobUpdate(undefined, job, at);
      if (!event) continue;
      if (event.type === IntegrationEvent.Import && event.path) {
        const path = isAbsolute(event.path) ? event.path : join(this.config.paths.libraryRoot, event.path);
        await this.rescans.add(manager, path, at);
      }
      queued = (await this.queueNotification(event, notifiers, manager)) || queued;
    }
    return queued;
  }

  private async queueNotification(
    event: OutboundEvent,
    notifiers: IntegrationEntity[],
    manager?: EntityManager,
  ): Promise<boolean> {
    const message = buildNotification(event);
    const told = notifiers.filter((integration) => integration.events.includes(event.type));
    for (const integration of told) {
      const record = {
        source: integration.kind,
        integrationId: integration.id,
        event: event.type,
        summary: message.text.slice(0, 500),
        payload: message,
      };
      await this.log.enqueueOutbound(record, Date.now(), manager);
    }
    return told.length > 0;
  }

  /** Sets the timer for the end of the oldest waiting file's window (at once when it has passed). */
  private async scheduleRescans(): Promise<void> {
    if (this.flushTimer || this.stopped) return;
    const oldest = await this.rescans.oldest();
    if (oldest === undefined) return;
    const delay = Math.max(0, oldest + this.config.integrations.rescanBatchMs - Date.now());
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      this.rescan()
        .catch((error: Error) => this.logger.warn(`Media servers could not be told about new files (${error.message})`))
        .finally(() => void this.scheduleRescans().catch(() => undefined));
    }, delay);
  }

  /** One rescan delivery per enabled media server, naming each new file's folder as that server sees it. */
  private async rescan(): Promise<void> {
    const servers = await this.integrations.enabledOfKinds(RESCAN_KINDS);
    const told = servers.filter((integration) => integration.events.includes(IntegrationEvent.Import));
    let queued = false;
    await this.rescans.take(async (paths, manager) => {
      const folders = [...new Set(paths.map((path) => dirname(path)))];
      for (const integration of told) {
        const root = this.config.paths.libraryRoot;
        const mapped = folders.map((folder) => toServerPath(folder, root, integration.settings['libraryPath']));
        const summary = `rescan of ${mapped.length} folder(s) for ${paths.length} new file(s): ${mapped.join(', ')}`;
        const record = {
          source: integration.kind,
          integrationId: integration.id,
          event: IntegrationEvent.Import,
          summary: summary.slice(0, 500),
          payload: { folders: mapped },
        };
        await this.log.enqueueOutbound(record, Date.now(), manager);
        queued = true;
      }
    });
    if (queued) this.sender.kick();
  }

  private async pruneNowAndThen(): Promise<void> {
    const now = Date.now();
    if (now - this.lastPrune < OUTBOX_KEEP_MS / 24) return;
    this.lastPrune = now;
    await this.outbox.prune(now - OUTBOX_KEEP_MS);
  }
}
