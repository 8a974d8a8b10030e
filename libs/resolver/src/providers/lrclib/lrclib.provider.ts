import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { type ProviderHttp, ProviderHttpFactory } from '../provider-http.js';
import { isNotFound, probe } from '../provider-probe.js';
import type {
  Lyrics,
  LyricsProvider,
  ProviderCapability,
  ProviderTestResult,
  RecordingQuery,
} from '../provider.types.js';
import { type LrclibRecord, mapLyrics, pickSearchResult } from './lrclib.mapper.js';

export type LyricsQuery = RecordingQuery & { album?: string };

/** Plain and timed lyrics from LRCLIB (or a self-hosted instance); off unless enabled in the settings. */
@Injectable()
export class LrclibProvider implements LyricsProvider {
  readonly id = 'lrclib';
  readonly displayName = 'LRCLIB lyrics';
  readonly capabilities: readonly ProviderCapability[] = ['lyrics'];
  private readonly http: ProviderHttp;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    http: ProviderHttpFactory,
  ) {
    this.http = http.create('lrclib');
  }

  isEnabled(): boolean {
    return this.config.providers.lrclib.enabled;
  }

  /** The exact track signature first; when LRCLIB does not know it, a search held to the duration. */
  async lyrics(query: LyricsQuery, signal?: AbortSignal): Promise<Lyrics | undefined> {
    const exact = await this.getBySignature(query, signal);
    const found = exact && mapLyrics(exact);
    if (found) return found;
    const q = query.title && query.artist ? `${query.artist} ${query.title}` : query.text.trim();
    if (!q) return undefined;
    const results = await this.http.getJson<LrclibRecord[] | null>('search', { q }, signal);
    const picked = pickSearchResult(results ?? [], query.durationMs);
    return picked && mapLyrics(picked);
  }

  test(signal?: AbortSignal): Promise<ProviderTestResult> {
    return probe(this.displayName, this.http.client.baseUrl, async () => {
      const { data } = await this.http.client.getJson<unknown>('search', { q: 'test' }, signal);
      return Array.isArray(data) ? { ok: true } : { ok: false, expected: 'a list of lyrics' };
    });
  }

  /** `get` needs a title and an artist; LRCLIB answers 404 when it has no lyrics for the signature. */
  private async getBySignature(query: LyricsQuery, signal?: AbortSignal): Promise<LrclibRecord | undefined> {
    if (!query.title || !query.artist) return undefined;
    const params = {
      artist_name: query.artist,
      track_name: query.title,
      album_name: query.album,
      duration: query.durationMs === undefined ? undefined : Math.round(query.durationMs / 1000),
    };
    try {
      return (await this.http.getJson<LrclibRecord | null>('get', params, signal)) ?? undefined;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }
}

/** The client's error message without the request URL it starts with. */
