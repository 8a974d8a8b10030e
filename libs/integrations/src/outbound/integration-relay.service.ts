import { dirname, isAbsolute, join } from 'node:path';
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import {
  IntegrationEvent,
  IntegrationKind,
  type JobState,
  JobStreamEvent,
  type JobStreamMessage,
  RESCAN_KINDS,
} from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JobEventBus } from '@app/jobs';
import { DeliveryLog } from '../store/delivery-log.js';
import { IntegrationStore } from '../store/integration-store.js';
import { toServerPath } from '../targets/library-path.js';
import { DeliverySender } from './delivery-sender.service.js';
import { eventOfJobUpdate } from './job-events.js';
import { buildNotification, type OutboundEvent } from './notification-message.js';
import { RescanBatcher } from './rescan-batcher.js';
import { sendsFromThisProcess } from './sending-process.js';

const NOTIFICATION_KINDS = Object.values(IntegrationKind).filter((kind) => !RESCAN_KINDS.includes(kind));
/** Jobs whose last state is remembered, to tell a state entered from a repeated update. */
const MAX_TRACKED_JOBS = 10_000;

/**
 * Turns job events into deliveries: notifications at once, media-server rescans gathered per TRUETRACK_RESCAN_BATCH_MS.
 * Nothing here may fail a job: every error ends in the log.
 */
@Injectable()
export class IntegrationRelay implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(IntegrationRelay.name);
  private readonly states = new Map<string, JobState>();
  private readonly batcher: RescanBatcher;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly bus: JobEventBus,
    private readonly integrations: IntegrationStore,
    private readonly log: DeliveryLog,
    private readonly sender: DeliverySender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.batcher = new RescanBatcher(config.integrations.rescanBatchMs, (paths) => this.guard(this.rescan(paths)));
  }

  onModuleInit(): void {
    if (!sendsFromThisProcess(this.config)) return;
    this.unsubscribe = this.bus.subscribe((message) => this.onMessage(message));
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
    this.batcher.stop();
  }

  /** Queues a notification for every enabled notification integration that asked for this event. */
  async notify(event: OutboundEvent): Promise<void> {
    const message = buildNotification(event);
    const targets = await this.integrations.enabledOfKinds(NOTIFICATION_KINDS);
    const told = targets.filter((integration) => integration.events.includes(event.type));
    for (const integration of told) {
      await this.log.enqueueOutbound({
        source: integration.kind,
        integrationId: integration.id,
        event: event.type,
        summary: message.text.slice(0, 500),
        payload: message,
      });
    }
    if (told.length) this.sender.kick();
  }

  private onMessage(message: JobStreamMessage): void {
    if (message.type !== JobStreamEvent.Updated && message.type !== JobStreamEvent.Created) return;
    const { job } = message;
    const previous = this.states.get(job.id);
    this.remember(job.id, job.state);
    if (message.type === JobStreamEvent.Created) return;
    const event = eventOfJobUpdate(previous, job, Date.now());
    if (!event) return;
    if (event.type === IntegrationEvent.Import && event.path) {
      const path = isAbsolute(event.path) ? event.path : join(this.config.paths.libraryRoot, event.path);
      this.batcher.add(path);
    }
    this.guard(this.notify(event));
  }

  /** One rescan delivery per enabled media server, naming each new file's folder as that server sees it. */
  private async rescan(paths: string[]): Promise<void> {
    const folders = [...new Set(paths.map((path) => dirname(path)))];
    const servers = await this.integrations.enabledOfKinds(RESCAN_KINDS);
    const told = servers.filter((integration) => integration.events.includes(IntegrationEvent.Import));
    for (const integration of told) {
      const root = this.config.paths.libraryRoot;
      const mapped = folders.map((folder) => toServerPath(folder, root, integration.settings['libraryPath']));
      await this.log.enqueueOutbound({
        source: integration.kind,
        integrationId: integration.id,
        event: IntegrationEvent.Import,
        summary: `rescan of ${mapped.length} folder(s) for ${paths.length} new file(s): ${mapped.join(', ')}`.slice(
          0,
          500,
        ),
        payload: { folders: mapped },
      });
    }
    if (told.length) this.sender.kick();
  }

  private remember(jobId: string, state: JobState): void {
    this.states.delete(jobId);
    this.states.set(jobId, state);
    if (this.states.size > MAX_TRACKED_JOBS) this.states.delete(this.states.keys().next().value!);
  }

  private guard(work: Promise<void>): void {
    work.catch((error: Error) => this.logger.warn(`Integrations could not be told about a job (${error.message})`));
  }
}
