import { Injectable } from '@nestjs/common';
import { IntegrationEvent, IntegrationKind, type IntegrationTestDto } from '@app/contracts';
import { buildNotification, type NotificationMessage } from '../outbound/notification-message.js';
import { discordBody, gotifyBody, ntfyBody } from './notification-bodies.js';
import { splitUrl } from './split-url.js';
import type { HttpFor, NotificationTarget, SettingField, Settings } from './target.js';

/** A notification service: one POST per message; its test sends a test message. */
abstract class PostingTarget implements NotificationTarget {
  abstract readonly kind: IntegrationKind;
  abstract readonly fields: readonly SettingField[];

  async test(settings: Settings, http: HttpFor): Promise<IntegrationTestDto> {
    const status = await this.send(settings, buildNotification({ type: IntegrationEvent.Test, at: Date.now() }), http);
    return { ok: true, status, message: 'Test message sent' };
  }

  abstract send(settings: Settings, message: NotificationMessage, http: HttpFor): Promise<number>;
}

/** Any URL that takes Lidarr-like JSON event payloads. */
@Injectable()
export class WebhookTarget extends PostingTarget {
  readonly kind = IntegrationKind.Webhook;
  readonly fields = [{ name: 'url', required: true, url: true, secret: true }];

  async send(settings: Settings, message: NotificationMessage, http: HttpFor): Promise<number> {
    const { base, path } = splitUrl(settings['url']!);
    return http(base).send({ method: 'POST', path, body: message.payload });
  }
}

@Injectable()
export class DiscordTarget extends PostingTarget {
  readonly kind = IntegrationKind.Discord;
  readonly fields = [{ name: 'webhookUrl', required: true, url: true, secret: true }];

  async send(settings: Settings, message: NotificationMessage, http: HttpFor): Promise<number> {
    const { base, path } = splitUrl(settings['webhookUrl']!);
    return http(base).send({ method: 'POST', path, body: discordBody(message) });
  }
}

@Injectable()
export class NtfyTarget extends PostingTarget {
  readonly kind = IntegrationKind.Ntfy;
  readonly fields = [
    { name: 'url', required: true, url: true },
    // Anyone who knows a topic on a public ntfy server can read it: a secret like a token.
    { name: 'topic', required: true, secret: true },
    { name: 'token', required: false, secret: true },
  ];

  async send(settings: Settings, message: NotificationMessage, http: HttpFor): Promise<number> {
    const token = settings['token'];
    const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
    const body = ntfyBody(message, settings['topic']!);
    return http(settings['url']!).send({ method: 'POST', path: '', body, headers });
  }
}

@Injectable()
export class GotifyTarget extends PostingTarget {
  readonly kind = IntegrationKind.Gotify;
  readonly fields = [
    { name: 'url', required: true, url: true },
    { name: 'token', required: true, secret: true },
  ];

  async send(settings: Settings, message: NotificationMessage, http: HttpFor): Promise<number> {
    const headers = { 'X-Gotify-Key': settings['token']! };
    return http(settings['url']!).send({ method: 'POST', path: 'message', body: gotifyBody(message), headers });
  }
}
