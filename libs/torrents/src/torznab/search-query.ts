import type { TorznabCaps } from './parse-caps.js';

export interface AlbumSearch {
  artist: string;
  album: string;
}

export type TorznabParams = Record<string, string>;

/**
 * The searches to try for an album, best first: `t=music` with artist and album (and the empty `q=` Lidarr
 * sends, which some indexers require) when the caps offer them, then a plain `t=search&q=artist album`.
 */
export function albumSearches(
  search: AlbumSearch,
  caps: TorznabCaps | undefined,
  categories: number[],
): TorznabParams[] {
  const cat: TorznabParams = categories.length ? { cat: categories.join(',') } : {};
  const plain: TorznabParams = { t: 'search', ...cat, extended: '1', q: `${search.artist} ${search.album}`.trim() };
  const music = caps?.musicSearch;
  // Without caps we still try t=music first: most music indexers have it, and the fallback follows.
  const musicOk = music === undefined ? caps === undefined : music.includes('artist') || music.includes('album');
  if (!musicOk) return [plain];
  const musicParams: TorznabParams = { t: 'music', ...cat, extended: '1', q: '' };
  if (!music || music.includes('artist')) musicParams['artist'] = search.artist;
  if (!music || music.includes('album')) musicParams['album'] = search.album;
  return [musicParams, plain];
}

/** The API endpoint of a Torznab feed URL as Jackett and Prowlarr show it (with or without the trailing `api`). */
export function apiEndpoint(feedUrl: string): string {
  const url = new URL(feedUrl.trim());
  if (!/\/api\/?$/.test(url.pathname)) url.pathname = `${url.pathname.replace(/\/?$/, '/')}api`;
  url.search = '';
  url.hash = '';
  return url.toString().replace(/\/$/, '');
}
