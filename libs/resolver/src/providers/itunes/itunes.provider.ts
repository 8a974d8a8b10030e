import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { probe } from '../provider-probe.js';
import type { ProviderRecording } from '../provider-models.js';
import { ProviderHttpFactory, type ProviderHttp } from '../provider-http.js';
import type { MetadataProvider, ProviderCapability, ProviderTestResult, RecordingQuery } from '../provider.types.js';
import { type ItunesResponse, mapItunesResults } from './itunes.mapper.js';

const DEFAULT_LIMIT = 25;
/** The Search API refuses more than 200 results. */
const MAX_LIMIT = 200;

/** Apple's iTunes Search API: keyless song search and lookup by track id. */
@Injectable()
export class ItunesProvider implements MetadataProvider {
  readonly id = 'itunes' as const;
  readonly displayName = 'iTunes Search';
  readonly capabilities: readonly ProviderCapability[] = ['recording-search', 'recording-lookup'];
  private readonly http: ProviderHttp;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    http: ProviderHttpFactory,
  ) {
    this.http = http.create('itunes');
  }

  isEnabled(): boolean {
    return this.config.providers.itunes.enabled;
  }

  async searchRecordings(query: RecordingQuery, signal?: AbortSignal): Promise<ProviderRecording[]> {
    const term = searchTerm(query);
    if (!term) return [];
    const limit = Math.min(Math.max(query.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
    const body = await this.http.getJson<ItunesResponse>(
      'search',
      { term, entity: 'song', media: 'music', limit },
      signal,
    );
    return mapItunesResults(body);
  }

  async lookupRecording(id: string, signal?: AbortSignal): Promise<ProviderRecording | undefined> {
    if (!/^\d+$/.test(id)) return undefined;
    const body = await this.http.getJson<ItunesResponse>('lookup', { id, entity: 'song' }, signal);
    // An album id answers with the album and its songs; only the track itself is the recording asked for.
    return mapItunesResults(body).find((recording) => recording.providerId === id);
  }

  test(signal?: AbortSignal): Promise<ProviderTestResult> {
    return probe(this.displayName, this.http.client.baseUrl, async () => {
      // Straight to the client: a cached answer would prove nothing about the server.
      const params = { term: 'jack johnson', entity: 'song', media: 'music', limit: 1 };
      const { data } = await this.http.client.getJson<ItunesResponse>('search', params, signal);
      return Array.isArray(data?.results) ? { ok: true } : { ok: false, expected: 'search results' };
    });
  }
}

/** The typed text, or "artist title" when only the fields are known; iTunes has no fielded search. */
function searchTerm(query: RecordingQuery): string {
  const text = query.text.trim();
  if (text) return text;
  return [query.artist, query.title]
    .filter((part): part is string => !!part?.trim())
    .join(' ')
    .trim();
}
