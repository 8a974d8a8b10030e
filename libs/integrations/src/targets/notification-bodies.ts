import { IntegrationEvent } from '@app/contracts';
import type { NotificationMessage } from '../outbound/notification-message.js';

const DISCORD_COLORS: Record<IntegrationEvent, number> = {
  [IntegrationEvent.Grab]: 0x3498db,
  [IntegrationEvent.Import]: 0x2ecc71,
  [IntegrationEvent.Failure]: 0xe74c3c,
  [IntegrationEvent.NeedsInput]: 0xf1c40f,
  [IntegrationEvent.Health]: 0xe67e22,
  [IntegrationEvent.Test]: 0x95a5a6,
};

const NTFY_TAGS: Record<IntegrationEvent, string> = {
  [IntegrationEvent.Grab]: 'arrow_down',
  [IntegrationEvent.Import]: 'musical_note',
  [IntegrationEvent.Failure]: 'x',
  [IntegrationEvent.NeedsInput]: 'raising_hand',
  [IntegrationEvent.Health]: 'warning',
  [IntegrationEvent.Test]: 'white_check_mark',
};

/** Failures and health problems ask for attention; the rest is news. */
const urgent = (event: IntegrationEvent) => event === IntegrationEvent.Failure || event === IntegrationEvent.Health;

/** Discord's limits: 256 characters of embed title, 4096 of description. */
export function discordBody(message: NotificationMessage): Record<string, unknown> {
  const date = message.payload['date'];
  return {
    username: 'TrueTrack',
    embeds: [
      {
        title: message.title.slice(0, 256),
        description: message.text.slice(0, 4096),
        color: DISCORD_COLORS[message.event],
        ...(typeof date === 'string' ? { timestamp: date } : {}),
      },
    ],
  };
}

/** ntfy's JSON publishing (`POST /` with the topic in the body). */
export function ntfyBody(message: NotificationMessage, topic: string): Record<string, unknown> {
  return {
    topic,
    title: message.title,
    message: message.text,
    tags: [NTFY_TAGS[message.event]],
    priority: urgent(message.event) ? 4 : 3,
  };
}

export function gotifyBody(message: NotificationMessage): Record<string, unknown> {
  return { title: message.title, message: message.text, priority: urgent(message.event) ? 8 : 5 };
}
