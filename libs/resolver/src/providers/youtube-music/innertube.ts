import type { ProviderSource } from '../provider-models.js';
import type { RecordingQuery } from '../provider.types.js';
import { isYoutubeSearch, parseYoutubeSearch } from './youtube-search.parser.js';
import { parseYtmSearch } from './ytmusic-search.parser.js';

/** YouTube Music's search filters, as its web client sends them. */
export const YTM_SONGS_PARAMS = 'EgWKAQIIAWoMEAMQBBAJEA4QChAF';
export const YTM_VIDEOS_PARAMS = 'EgWKAQIQAWoMEAMQBBAJEA4QChAF';

export interface InnertubeClient {
  clientName: string;
  clientVersion: string;
  /** Whether the client knows YouTube Music's songs/videos filters. */
  filters: boolean;
}

export const WEB_REMIX: InnertubeClient = { clientName: 'WEB_REMIX', clientVersion: '1.20240101.01.00', filters: true };
export const WEB: InnertubeClient = { clientName: 'WEB', clientVersion: '2.20240101.00.00', filters: false };

const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com']);

/** YouTube's own InnerTube refuses the YouTube Music client, so a youtube.com base URL gets the web one. */
export function innertubeClientFor(baseUrl: string): InnertubeClient {
  try {
    return YOUTUBE_HOSTS.has(new URL(baseUrl).hostname) ? WEB : WEB_REMIX;
  } catch {
    return WEB_REMIX;
  }
}

export interface SearchStep {
  query: string;
  params?: string;
}

/**
 * The searches to run, in order: the ISRC alone first (YouTube Music resolves it to the release's track,
 * unfiltered, as its top result), then songs, then videos.
 */
export function searchPlan(query: RecordingQuery, client: InnertubeClient): SearchStep[] {
  const steps: SearchStep[] = [];
  const isrc = query.isrc?.replace(/[\s-]/g, '').toUpperCase();
  if (isrc) steps.push({ query: isrc });
  const text = searchText(query);
  if (!text) return steps;
  if (!client.filters) return [...steps, { query: text }];
  return [...steps, { query: text, params: YTM_SONGS_PARAMS }, { query: text, params: YTM_VIDEOS_PARAMS }];
}

/** "artist title" when both are known (what the site's own search box does best), else the typed text. */
export function searchText(query: RecordingQuery): string {
  const artist = query.artist?.trim();
  const title = query.title?.trim();
  if (artist && title) return `${artist} ${title}`;
  return query.text.trim() || title || '';
}

export function searchBody(client: InnertubeClient, step: SearchStep): Record<string, unknown> {
  return {
    context: { client: { clientName: client.clientName, clientVersion: client.clientVersion, hl: 'en', gl: 'US' } },
    query: step.query,
    ...(step.params ? { params: step.params } : {}),
  };
}

/** Whether a body is an InnerTube search answer at all (an empty one included). */
export function isSearchAnswer(body: unknown): boolean {
  return !!body && typeof body === 'object' && ('contents' in body || 'continuationContents' in body);
}

/** Sources of either search answer shape; the shape, not the URL, decides which parser reads it. */
export function parseSearchAnswer(body: unknown): ProviderSource[] {
  return isYoutubeSearch(body) ? parseYoutubeSearch(body) : parseYtmSearch(body);
}
