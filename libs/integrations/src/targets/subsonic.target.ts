import { Injectable } from '@nestjs/common';
import { IntegrationKind, type IntegrationTestDto } from '@app/contracts';
import { PermanentError } from '@app/core';
import type { HttpClient } from '@app/platform';
import { subsonicAuthParams } from './subsonic-auth.js';
import type { HttpFor, RescanTarget, Settings } from './target.js';

interface SubsonicAnswer {
  'subsonic-response'?: {
    status?: string;
    version?: string;
    type?: string;
    serverVersion?: string;
    error?: { code?: number; message?: string };
    scanStatus?: { scanning?: boolean; count?: number };
  };
}

/** Navidrome and other Subsonic servers: `startScan`, then `getScanStatus` to see that it runs. */
@Injectable()
export class SubsonicTarget implements RescanTarget {
  readonly kind = IntegrationKind.Subsonic;
  readonly fields = [
    { name: 'url', required: true, url: true },
    { name: 'username', required: true },
    { name: 'password', required: true, secret: true },
    { name: 'libraryPath', required: false },
  ];

  async test(settings: Settings, http: HttpFor): Promise<IntegrationTestDto> {
    const { status, answer } = await call(http(settings['url']!), settings, 'ping');
    const server = [answer.type, answer.serverVersion ?? answer.version].filter(Boolean).join(' ');
    return { ok: true, status, message: `Subsonic server answers${server ? ` (${server})` : ''}` };
  }

  async send(settings: Settings, _payload: unknown, http: HttpFor): Promise<number> {
    const client = http(settings['url']!);
    await call(client, settings, 'startScan');
    return (await call(client, settings, 'getScanStatus')).status;
  }
}

async function call(client: HttpClient, settings: Settings, method: string) {
  const params = subsonicAuthParams({ username: settings['username']!, password: settings['password']! });
  const { status, data } = await client.request<SubsonicAnswer>({ path: `rest/${method}`, params });
  const answer = data?.['subsonic-response'];
  if (answer?.status !== 'ok') {
    const reason = answer?.error?.message ?? 'not a Subsonic answer';
    throw new PermanentError(`Subsonic ${method} failed: ${reason}`, { details: { status } });
  }
  return { status, answer };
}
