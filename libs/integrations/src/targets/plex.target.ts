import { Injectable } from '@nestjs/common';
import { IntegrationKind, type IntegrationTestDto } from '@app/contracts';
import { PermanentError } from '@app/core';
import type { HttpFor, RescanPayload, RescanTarget, Settings } from './target.js';

interface PlexSections {
  MediaContainer?: { Directory?: { key?: string; type?: string; Location?: { path?: string }[] }[] };
}

interface PlexIdentity {
  MediaContainer?: { machineIdentifier?: string; version?: string };
}

/** Plex: a partial scan (`/library/sections/{id}/refresh?path=`) of each new folder, in the section holding it. */
@Injectable()
export class PlexTarget implements RescanTarget {
  readonly kind = IntegrationKind.Plex;
  readonly fields = [
    { name: 'url', required: true, url: true },
    { name: 'token', required: true, secret: true },
    { name: 'libraryPath', required: false },
  ];

  async test(settings: Settings, http: HttpFor): Promise<IntegrationTestDto> {
    const { status, data } = await http(settings['url']!).request<PlexIdentity>({
      path: 'identity',
      params: { 'X-Plex-Token': settings['token'] },
    });
    return { ok: true, status, message: `Plex ${data?.MediaContainer?.version ?? ''}`.trim() };
  }

  async send(settings: Settings, payload: RescanPayload, http: HttpFor): Promise<number> {
    const client = http(settings['url']!);
    const token = { 'X-Plex-Token': settings['token'] };
    const { data } = await client.request<PlexSections>({ path: 'library/sections', params: token });
    let status = 0;
    for (const folder of payload.folders) {
      const section = data?.MediaContainer?.Directory?.find((directory) =>
        directory.Location?.some((location) => location.path && isInside(folder, location.path)),
      );
      if (!section?.key) throw new PermanentError(`No Plex library section holds ${folder}`);
      const path = `library/sections/${encodeURIComponent(section.key)}/refresh`;
      status = await client.send({ path, params: { ...token, path: folder } });
    }
    return status;
  }
}

function isInside(path: string, root: string): boolean {
  const base = root.replace(/\/+$/, '');
  return path === base || path.startsWith(`${base}/`);
}
