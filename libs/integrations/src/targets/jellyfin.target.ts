import { Injectable } from '@nestjs/common';
import { IntegrationKind, type IntegrationTestDto } from '@app/contracts';
import { PermanentError } from '@app/core';
import type { HttpFor, RescanPayload, RescanTarget, Settings } from './target.js';
import { failedStatus } from './http-failure.js';

interface SystemInfo {
  ServerName?: string;
  Version?: string;
}

/** Jellyfin: `POST /Library/Media/Updated` with the new folders, or a full `POST /Library/Refresh` where that is missing. */
@Injectable()
export class JellyfinTarget implements RescanTarget {
  readonly kind = IntegrationKind.Jellyfin;
  readonly fields = [
    { name: 'url', required: true, url: true },
    { name: 'apiKey', required: true, secret: true },
    { name: 'userId', required: false },
    { name: 'libraryPath', required: false },
  ];

  async test(settings: Settings, http: HttpFor): Promise<IntegrationTestDto> {
    const { status, data } = await http(settings['url']!).request<SystemInfo>({
      path: 'System/Info',
      headers: authorization(settings),
    });
    return { ok: true, status, message: `Jellyfin ${data?.ServerName ?? ''} ${data?.Version ?? ''}`.trim() };
  }

  async send(settings: Settings, payload: RescanPayload, http: HttpFor): Promise<number> {
    const client = http(settings['url']!);
    const headers = authorization(settings);
    try {
      const updates = payload.folders.map((path) => ({ Path: path, UpdateType: 'Created' }));
      return await client.send({
        method: 'POST',
        path: 'Library/Media/Updated',
        body: { Updates: updates },
        headers,
      });
    } catch (error) {
      // An older server without the endpoint still takes a full refresh; a refused token does not.
      const status = failedStatus(error);
      if (!(error instanceof PermanentError) || status === 401 || status === 403) throw error;
      return client.send({ method: 'POST', path: 'Library/Refresh', headers });
    }
  }

  /** The file behind an item id, as Jellyfin sees it. */
  async itemPath(settings: Settings, itemId: string, http: HttpFor): Promise<string | undefined> {
    const userId = settings['userId'];
    const path = userId
      ? `Users/${encodeURIComponent(userId)}/Items/${encodeURIComponent(itemId)}`
      : `Items/${encodeURIComponent(itemId)}`;
    const { data } = await http(settings['url']!).request<{ Path?: unknown }>({
      path,
      headers: authorization(settings),
    });
    return typeof data?.Path === 'string' ? data.Path : undefined;
  }
}

function authorization(settings: Settings): Record<string, string> {
  const token = settings['apiKey']!.replace(/"/g, '');
  return { Authorization: `MediaBrowser Client="TrueTrack", Token="${token}"` };
}
