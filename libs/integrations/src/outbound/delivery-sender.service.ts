import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PermanentError } from '@app/core';
import type { DeliveryEntity } from '../store/delivery.entity.js';
import { DeliveryLog } from '../store/delivery-log.js';
import { IntegrationStore } from '../store/integration-store.js';
import { describeFailure, failedStatus } from '../targets/http-failure.js';
import { Targets } from '../targets/targets.js';
import { sendsFromThisProcess } from './sending-process.js';

/** Tries per delivery: the first and two retries. */
export const DELIVERY_ATTEMPTS = 3;
/** Catches deliveries left waiting by an earlier run of the process. */
const SAFETY_POLL_MS = 30_000;
const BATCH = 20;
/** How long the delivery log keeps what it recorded. */
export const DELIVERY_RETENTION_MS = 30 * 24 * 3_600_000;

/**
 * Sends the waiting deliveries, one at a time, and retries failed ones with exponential backoff (the job
 * engine's TRUETRACK_RETRY_BASE_MS and _MAX_MS). Woken when a delivery is queued and when the next retry is due.
 */
@Injectable()
export class DeliverySender implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(DeliverySender.name);
  private current: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  private retryTimer: NodeJS.Timeout | undefined;
  private safetyTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly log: DeliveryLog,
    private readonly integrations: IntegrationStore,
    private readonly targets: Targets,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (!sendsFromThisProcess(this.config)) return;
    this.stopped = false;
    this.safetyTimer = setInterval(() => this.housekeeping(), SAFETY_POLL_MS).unref();
    this.kick();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.safetyTimer);
    clearTimeout(this.retryTimer);
    await this.current;
  }

  /** Sends what is due now; a kick during a run makes it look again when it ends. */
  kick(): void {
    if (this.stopped) return;
    if (this.current) {
      this.again = true;
      return;
    }
    this.current = this.drain()
      .catch((error: Error) => this.logger.warn(`Deliveries could not be sent (${error.message})`))
      .finally(() => {
        this.current = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  private housekeeping(): void {
    this.kick();
    this.log
      .prune(Date.now() - DELIVERY_RETENTION_MS)
      .catch((error: Error) => this.logger.warn(`Old deliveries could not be removed (${error.message})`));
  }

  private async drain(): Promise<void> {
    for (let due = await this.log.due(Date.now(), BATCH); due.length && !this.stopped;) {
      for (const delivery of due) await this.attempt(delivery);
      due = await this.log.due(Date.now(), BATCH);
    }
    if (!this.stopped) await this.scheduleNextRetry();
  }

  private async attempt(delivery: DeliveryEntity): Promise<void> {
    const attempts = delivery.attempts + 1;
    const integration = delivery.integrationId ? await this.integrations.findById(delivery.integrationId) : null;
    if (!integration?.enabled) {
      const error = 'the integration was removed or turned off';
      return this.log.update(delivery.id, { outcome: 'failed', attempts, nextAttemptAt: null, error });
    }
    try {
      const status = await this.targets
        .get(integration.kind)
        .send(integration.settings, delivery.payload, this.targets.http);
      await this.log.update(delivery.id, {
        outcome: 'sent',
        httpStatus: status,
        attempts,
        nextAttemptAt: null,
        error: null,
      });
    } catch (error) {
      const retry = !(error instanceof PermanentError) && attempts < DELIVERY_ATTEMPTS;
      const reason = describeFailure(error);
      await this.log.update(delivery.id, {
        outcome: retry ? 'pending' : 'failed',
        httpStatus: failedStatus(error) ?? null,
        attempts,
        nextAttemptAt: retry ? Date.now() + this.backoffMs(attempts) : null,
        error: reason,
      });
      const next = retry ? `retry ${attempts + 1} of ${DELIVERY_ATTEMPTS} later` : 'given up';
      this.logger.warn(
        `Delivery ${delivery.id} to ${integration.kind} "${integration.name}" failed: ${reason} (${next})`,
      );
    }
  }

  private backoffMs(attempts: number): number {
    return Math.min(this.config.jobs.retryBaseMs * 4 ** (attempts - 1), this.config.jobs.retryMaxMs);
  }

  private async scheduleNextRetry(): Promise<void> {
    const at = await this.log.nextDueAt();
    clearTimeout(this.retryTimer);
    if (at === undefined) return;
    this.retryTimer = setTimeout(() => this.kick(), Math.max(0, at - Date.now()));
    this.retryTimer.unref();
  }
}
