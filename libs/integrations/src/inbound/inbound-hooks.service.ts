import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type UpdateWebhookRequest, type WebhookDto, WebhookSource } from '@app/contracts';
import { ValidationError } from '@app/core';
import { TransactionRunner } from '@app/db';
import { InboundHookEntity } from '../store/inbound-hook.entity.js';
import { ALLOWED_ACTIONS, DEFAULT_EVENTS, webhookPath } from './default-hooks.js';

const EVENT_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const MAX_EVENTS = 50;

const newSecret = (): string => randomBytes(24).toString('base64url');

/** The inbound webhooks' settings; each source gets its own random secret the first time it is asked for. */
@Injectable()
export class InboundHooks {
  constructor(private readonly tx: TransactionRunner) {}

  async get(source: WebhookSource): Promise<InboundHookEntity> {
    const found = await this.tx.outsideTransaction((m) => m.findOne(InboundHookEntity, { where: { source } }));
    if (found) return found;
    const created: InboundHookEntity = {
      source,
      enabled: true,
      secret: newSecret(),
      events: { ...DEFAULT_EVENTS[source] },
      updatedAt: Date.now(),
    };
    // Two first requests may race: the row that landed first wins.
    await this.tx.run((m) =>
      m.createQueryBuilder().insert().into(InboundHookEntity).values(created).orIgnore().execute(),
    );
    return (await this.tx.outsideTransaction((m) => m.findOne(InboundHookEntity, { where: { source } }))) ?? created;
  }

  async list(): Promise<WebhookDto[]> {
    const hooks = [];
    for (const source of Object.values(WebhookSource)) hooks.push(toWebhookDto(await this.get(source)));
    return hooks;
  }

  async update(source: WebhookSource, request: UpdateWebhookRequest): Promise<WebhookDto> {
    if (request.events) checkEvents(source, request.events);
    const hook = await this.get(source);
    const updated: InboundHookEntity = {
      ...hook,
      enabled: request.enabled ?? hook.enabled,
      secret: request.rotateSecret ? newSecret() : hook.secret,
      events: request.events ?? hook.events,
      updatedAt: Date.now(),
    };
    await this.tx.run((m) => m.save(InboundHookEntity, updated));
    return toWebhookDto(updated);
  }
}

function checkEvents(source: WebhookSource, events: Record<string, unknown>): void {
  const entries = Object.entries(events);
  if (entries.length > MAX_EVENTS) throw new ValidationError('events', `events must map at most ${MAX_EVENTS} events`);
  const allowed = ALLOWED_ACTIONS[source];
  for (const [name, action] of entries) {
    if (!EVENT_NAME.test(name)) {
      throw new ValidationError(
        'events',
        `events: "${name.slice(0, 64)}" is not an event name (letters, digits, _ . -)`,
      );
    }
    if (!allowed.includes(action as never)) {
      throw new ValidationError(`events.${name}`, `events.${name} must be one of ${allowed.join(', ')}`);
    }
  }
}

function toWebhookDto(hook: InboundHookEntity): WebhookDto {
  return {
    source: hook.source,
    enabled: hook.enabled,
    path: webhookPath(hook.source),
    secret: hook.secret,
    events: hook.events,
  };
}
