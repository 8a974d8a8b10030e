import { Injectable, Logger, PayloadTooLargeException } from '@nestjs/common';
import { type WebhookResultDto, WebhookSource } from '@app/contracts';
import { UnprocessableError, ValidationError } from '@app/core';
import { InvalidRequestException } from '@app/platform';
import { DeliveryLog } from '../store/delivery-log.js';
import { InboundActions } from './inbound-actions.js';
import { InboundHooks } from './inbound-hooks.service.js';
import type { BodyReading } from './read-webhook-body.js';
import type { HandledDelivery } from './handled-delivery.js';

/** Every webhook received: handled by its source's rules, answered, and written to the delivery log either way. */
@Injectable()
export class InboundWebhooks {
  private readonly logger = new Logger(InboundWebhooks.name);

  constructor(
    private readonly hooks: InboundHooks,
    private readonly actions: InboundActions,
    private readonly log: DeliveryLog,
  ) {}

  async receive(source: WebhookSource, reading: BodyReading): Promise<WebhookResultDto> {
    if (!reading.ok) {
      await this.reject(source, '-', reading.status, reading.message);
      throw reading.status === 413
        ? new PayloadTooLargeException(reading.message, { cause: { type: 'entity.too.large' } })
        : new InvalidRequestException([{ field: 'body', message: reading.message }]);
    }
    const hook = await this.hooks.get(source);
    let handled: HandledDelivery;
    try {
      handled = await this.actions.handle(source, reading.body, hook.events);
    } catch (error) {
      const status = error instanceof ValidationError ? 400 : 500;
      await this.reject(source, '-', status, error instanceof ValidationError ? error.message : 'internal error');
      throw error;
    }
    const delivery = await this.log.recordInbound({
      source,
      event: handled.event,
      outcome: handled.jobIds.length
        ? 'jobs-created'
        : handled.listened
          ? 'listen-recorded'
          : handled.refused
            ? 'rejected'
            : 'ignored',
      httpStatus: handled.refused && !handled.jobIds.length ? 422 : 200,
      summary: handled.summary,
      jobIds: handled.jobIds,
      ...(handled.refused ? { error: handled.refused } : {}),
    });
    this.logger.log(`Webhook ${source} ${handled.event}: ${handled.message} (delivery ${delivery.id})`);
    if (handled.refused && !handled.jobIds.length) throw new UnprocessableError(handled.refused);
    return { deliveryId: delivery.id, outcome: delivery.outcome, jobIds: handled.jobIds, message: handled.message };
  }

  private async reject(source: WebhookSource, event: string, httpStatus: number, error: string): Promise<void> {
    await this.log.recordInbound({ source, event, outcome: 'rejected', httpStatus, summary: error, error });
    this.logger.warn(`Webhook ${source}: refused (${httpStatus} ${error})`);
  }
}
