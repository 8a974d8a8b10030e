import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import type { WebhookSource } from '@app/contracts';
import { WebhookSecretGuard } from './webhook-secret.guard.js';
import { WEBHOOK_SOURCE } from './webhook-source.metadata.js';

/** An inbound webhook route: let in by its shared secret (or the API key) through WebhookSecretGuard. */
export const WebhookEndpoint = (source: WebhookSource) =>
  applyDecorators(SetMetadata(WEBHOOK_SOURCE, source), UseGuards(WebhookSecretGuard));
