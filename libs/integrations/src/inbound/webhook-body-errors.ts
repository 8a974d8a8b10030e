import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiRoutes, WebhookSource } from '@app/contracts';
import { DeliveryLog } from '../store/delivery-log.js';
import { webhookPath } from './default-hooks.js';
import { BODY_NOT_JSON, BODY_TOO_LARGE } from './read-webhook-body.js';
import { WebhookAccess, type WebhookRequest } from './webhook-access.js';

type ErrorHandler = (
  error: unknown,
  request: WebhookRequest,
  response: unknown,
  next: (error: unknown) => void,
) => void;

const SOURCE_OF_PATH = new Map(Object.values(WebhookSource).map((source) => [webhookPath(source), source]));

/**
 * The application parses JSON bodies before any route, so a malformed or oversized JSON webhook never reaches its
 * controller. An Express error handler on the webhook paths, mounted after the routes and before Nest's own,
 * writes it to the delivery log (for callers the webhook lets in) and passes the error on unchanged.
 */
@Injectable()
export class WebhookBodyErrors implements OnModuleInit {
  private readonly logger = new Logger(WebhookBodyErrors.name);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly access: WebhookAccess,
    private readonly log: DeliveryLog,
  ) {}

  onModuleInit(): void {
    const app = this.adapterHost.httpAdapter?.getInstance<{ use?: (path: string, handler: ErrorHandler) => void }>();
    app?.use?.(`/${ApiRoutes.prefix}/${ApiRoutes.webhooks}`, (error, request, _response, next) => {
      const source = request.method === 'POST' ? SOURCE_OF_PATH.get(pathOf(request)) : undefined;
      if (source) {
        this.record(source, request, error).catch((failure: Error) =>
          this.logger.warn(`Webhook ${source}: a refused body could not be logged (${failure.message})`),
        );
      }
      next(error);
    });
  }

  private async record(source: WebhookSource, request: WebhookRequest, error: unknown): Promise<void> {
    const { type, status } = (error ?? {}) as { type?: unknown; status?: unknown };
    if (typeof type !== 'string' || typeof status !== 'number') return;
    if ((await this.access.decide(source, request)) !== 'allowed') return;
    const reason =
      status === 413
        ? BODY_TOO_LARGE
        : type === 'entity.parse.failed'
          ? BODY_NOT_JSON
          : String((error as Error).message);
    await this.log.recordInbound({
      source,
      event: '-',
      outcome: 'rejected',
      httpStatus: status,
      summary: reason,
      error: reason,
    });
  }
}

/** The path as first received: Express strips a mount path from `url`, not from `originalUrl`. */
function pathOf(request: WebhookRequest & { originalUrl?: string }): string {
  return (request.originalUrl ?? request.url ?? '').split('?')[0] ?? '';
}
