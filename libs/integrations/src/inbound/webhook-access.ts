import type { IncomingMessage } from 'node:http';
import { Injectable } from '@nestjs/common';
import { Authenticator, callerOf, sameSecret } from '@app/auth';
import type { WebhookSource } from '@app/contracts';
import { InboundHooks } from './inbound-hooks.service.js';

export type WebhookRequest = IncomingMessage & { query?: Record<string, unknown> };
export type WebhookAccessDecision = 'allowed' | 'unauthorized' | 'disabled';

/**
 * Whether a request may use a webhook: its shared secret (`X-Webhook-Secret` or `?secret=`), or whatever the
 * application's guard already let it in with (the API key, an admin session).
 */
@Injectable()
export class WebhookAccess {
  constructor(
    private readonly hooks: InboundHooks,
    private readonly authenticator: Authenticator,
  ) {}

  async decide(source: WebhookSource, request: WebhookRequest): Promise<WebhookAccessDecision> {
    const hook = await this.hooks.get(source);
    const secret = single(request.headers['x-webhook-secret']) ?? single(request.query?.['secret']);
    const allowed = (secret !== undefined && sameSecret(secret, hook.secret)) || (await this.isKnownCaller(request));
    if (!allowed) return 'unauthorized';
    return hook.enabled ? 'allowed' : 'disabled';
  }

  /** The API key or an admin session, as the guard found it (or, before the guard ran, as it would). */
  private async isKnownCaller(request: WebhookRequest): Promise<boolean> {
    const caller =
      callerOf(request) ?? (await this.authenticator.identify(request as Parameters<Authenticator['identify']>[0]));
    return caller.via !== 'none';
  }
}

function single(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
