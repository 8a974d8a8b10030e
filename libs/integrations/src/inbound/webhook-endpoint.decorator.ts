import { applyDecorators, HttpCode, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiQuery } from '@nestjs/swagger';
import type { WebhookSource } from '@app/contracts';
import { IntegrationApiErrors } from '../api/integration-api-errors.decorator.js';
import { WebhookSecretGuard } from './webhook-secret.guard.js';
import { WEBHOOK_SOURCE } from './webhook-source.metadata.js';

/**
 * An inbound webhook route: let in by its shared secret (or the API key) through WebhookSecretGuard, answering 200
 * with a WebhookResultDto; `errors` are the statuses it may answer besides.
 */
export const WebhookEndpoint = (source: WebhookSource, errors: number[] = [400, 401, 403, 413]) =>
  applyDecorators(
    SetMetadata(WEBHOOK_SOURCE, source),
    UseGuards(WebhookSecretGuard),
    HttpCode(200),
    ApiOkResponse({ description: 'WebhookResultDto' }),
    ApiHeader({ name: 'X-Webhook-Secret', required: false, description: 'Or ?secret=, or the API key' }),
    ApiQuery({ name: 'secret', required: false }),
    IntegrationApiErrors(...errors),
  );
