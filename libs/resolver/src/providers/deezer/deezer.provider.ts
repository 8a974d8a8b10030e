import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PermanentError, RetryableError } from '@app/core';
import { probe } from '../provider-probe.js';
import type { HttpRequest } from '@app/platform';
import type { ProviderRecording } from '../provider-models.js';
import { ProviderHttpFactory, type ProviderHttp } from '../provider-http.js';
import type { MetadataProvider, ProviderCapability, ProviderTestResult, RecordingQuery } from '../provider.types.js';
import {
  DEEZER_ERRORS,
  type DeezerError,
  type DeezerSearchResponse,
  type DeezerTrack,
  deezerAdvancedQuery,
  deezerError,
  mapDeezerSearch,
  mapDeezerTrack,
  normalizeIsrc,
} from './deezer.mapper.js';

const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 100;
/** Deezer's quota is 50 requests per 5 seconds. */
const QUOTA_WINDOW_MS = 5000;

/**
 * Deezer's public API: search, ISRC and track lookups, no key. It reports failures (unknown id, quota) in
 * an HTTP 200 body, so an answer is cached only once it is known not to be an error.
 */
@Injectable()
export class DeezerProvider implements MetadataProvider {
  readonly id = 'deezer' as const;
  readonly displayName = 'Deezer';
  readonly capabilities: readonly ProviderCapability[] = ['recording-search', 'isrc-lookup', 'recording-lookup'];
  private readonly http: ProviderHttp;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    http: ProviderHttpFactory,
  ) {
    this.http = http.create('deezer');
  }

  isEnabled(): boolean {
    return this.config.providers.deezer.enabled;
  }

  /** A fielded search when artist or title are known, then the free text if that finds nothing. */
  async searchRecordings(query: RecordingQuery, signal?: AbortSignal): Promise<ProviderRecording[]> {
    const limit = Math.min(Math.max(query.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
    const text = query.text.trim();
    const advanced = deezerAdvancedQuery(query);
    if (advanced) {
      const hits = mapDeezerSearch(
        await this.get<DeezerSearchResponse>('search/track', { q: advanced, limit }, signal),
      );
      if (hits.length || !text || text === advanced) return hits;
    }
    if (!text) return [];
    return mapDeezerSearch(await this.get<DeezerSearchResponse>('search/track', { q: text, limit }, signal));
  }

  async lookupIsrc(isrc: string, signal?: AbortSignal): Promise<ProviderRecording[]> {
    const code = normalizeIsrc(isrc);
    if (!code) return [];
    const track = mapDeezerTrack(await this.get<DeezerTrack>(`track/isrc:${code}`, undefined, signal));
    return track ? [track] : [];
  }

  async lookupRecording(id: string, signal?: AbortSignal): Promise<ProviderRecording | undefined> {
    if (!/^\d+$/.test(id)) return undefined;
    return mapDeezerTrack(await this.get<DeezerTrack>(`track/${id}`, undefined, signal));
  }

  test(signal?: AbortSignal): Promise<ProviderTestResult> {
    return probe(this.displayName, this.http.client.baseUrl, async () => {
      const { data, url } = await this.http.client.getJson<unknown>(
        'search/track',
        { q: 'daft punk', limit: 1 },
        signal,
      );
      const failure = deezerError(data);
      if (failure) throw deezerFailure(failure, url);
      const found = Array.isArray((data as DeezerSearchResponse | null)?.data);
      return found ? { ok: true } : { ok: false, expected: 'search results' };
    });
  }

  /**
   * GET through the provider cache. "No data" comes back as undefined and is cached like an answer; any
   * other in-body error is thrown and never cached, so a quota refusal cannot outlive its window.
   */
  private async get<T>(path: string, params: HttpRequest['params'], signal?: AbortSignal): Promise<T | undefined> {
    const value = await this.http.cached<T | null>({ path, params }, async () => {
      const { data, url } = await this.http.client.getJson<T>(path, params, signal);
      const failure = deezerError(data);
      if (failure && failure.code !== DEEZER_ERRORS.noData) throw deezerFailure(failure, url);
      return failure ? null : data;
    });
    return value ?? undefined;
  }
}

/** Quota and busy refusals pass with time; every other Deezer error means the request itself is wrong. */
export function deezerFailure(error: DeezerError, url: string): Error {
  const what = [error.type, error.message].filter(Boolean).join(': ') || 'unknown error';
  const message = `${url}: Deezer error ${error.code ?? '?'} (${what})`;
  if (error.code === DEEZER_ERRORS.quota) {
    return new RetryableError(message, { details: { code: error.code, retryAfterMs: QUOTA_WINDOW_MS } });
  }
  if (error.code === DEEZER_ERRORS.serviceBusy) return new RetryableError(message, { details: { code: error.code } });
  return new PermanentError(message, { details: { code: error.code } });
}
