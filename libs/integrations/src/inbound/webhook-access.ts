import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { WebhookSource } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { CALLER_CHECK, type CallerCheck } from './caller-check.js';
import { InboundHooks } from './inbound-hooks.service.js';

export type WebhookRequest = IncomingMessage & { query?: Record<string, unknown> };
export type WebhookAccessDecision = 'allowed' | 'unauthorized' | 'disabled';

/** Whether a request may use a webhook: its shared secret (`X-Webhook-Secret` or `?secret=`), or the API key. */
@Injectable()
export class WebhookAccess {
  constructor(
    private readonly hooks: InboundHooks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(CALLER_CHECK) private readonly callers?: CallerCheck,
  ) {}

  async decide(source: WebhookSource, request: WebhookRequest): Promise<WebhookAccessDecision> {
    const hook = await this.hooks.get(source);
    const secret = single(request.headers['x-webhook-secret']) ?? single(request.query?.['secret']);
    const allowed = (secret !== undefined && sameText(secret, hook.secret)) || (await this.isKnownCaller(request));
    if (!allowed) return 'unauthorized';
    return hook.enabled ? 'allowed' : 'disabled';
  }

  /** The API key or an admin session; without the application's check, the key the environment sets. */
  private async isKnownCaller(request: WebhookRequest): Promise<boolean> {
    if (this.callers) return (await this.callers.identify(request)).via !== 'none';
    const key = this.config.auth.apiKey;
    if (!key) return false;
    const bearer = /^Bearer\s+(\S+)$/i.exec(single(request.headers.authorization) ?? '')?.[1];
    const given = [single(request.headers['x-api-key']), single(request.query?.['apikey']), bearer];
    return given.some((value) => value !== undefined && sameText(value, key));
  }
}

function single(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
