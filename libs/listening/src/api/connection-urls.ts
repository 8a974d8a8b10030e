import type { Request } from 'express';
import { LISTENBRAINZ_PREFIX, type ListenerConnectionDto } from '@app/contracts';

/** The URLs to paste into Navidrome and the Jellyfin plugin, on the address the admin reached TrueTrack at. */
export function connectionUrls(request: Request, listenToken: string): ListenerConnectionDto {
  const base = `${request.protocol}://${request.get('host') ?? 'localhost'}/${LISTENBRAINZ_PREFIX}`;
  return { listenToken, navidromeBaseUrl: `${base}/1/`, jellyfinApiUrl: base };
}
