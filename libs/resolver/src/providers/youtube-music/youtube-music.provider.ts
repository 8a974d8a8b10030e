import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { RetryableError } from '@app/core';
import { probe } from '../provider-probe.js';
import type { ProviderSource } from '../provider-models.js';
import { ProviderHttpFactory, type ProviderHttp } from '../provider-http.js';
import type { ProviderCapability, ProviderTestResult, RecordingQuery, SourceProvider } from '../provider.types.js';
import {
  type InnertubeClient,
  innertubeClientFor,
  isSearchAnswer,
  parseSearchAnswer,
  searchBody,
  searchPlan,
  type SearchStep,
} from './innertube.js';
import { dedupeSources } from './ytmusic-search.parser.js';

/** Bumped when parsing changes, so cached sources parsed the old way are not reused. */
const PARSER_VERSION = 1;

/**
 * YouTube Music's InnerTube search (the JSON its web app posts), read without a client library. Search
 * answers are POSTs and weigh hundreds of kilobytes, so the parsed sources are what is cached.
 */
@Injectable()
export class YoutubeMusicProvider implements SourceProvider {
  readonly id = 'youtube_music' as const;
  readonly displayName = 'YouTube Music';
  readonly capabilities: readonly ProviderCapability[] = ['audio-search'];
  private readonly http: ProviderHttp;
  private readonly client: InnertubeClient;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    http: ProviderHttpFactory,
  ) {
    this.http = http.create('youtube_music');
    this.client = innertubeClientFor(config.providers.youtube_music.baseUrl);
  }

  isEnabled(): boolean {
    return this.config.providers.youtube_music.enabled;
  }

  /** ISRC hits first, then songs, then videos; each video once, where it first appeared. */
  async searchSources(query: RecordingQuery, signal?: AbortSignal): Promise<ProviderSource[]> {
    const found: ProviderSource[] = [];
    for (const step of searchPlan(query, this.client)) found.push(...(await this.search(step, signal)));
    const sources = dedupeSources(found).map((source) => this.atWatchUrl(source));
    return query.limit ? sources.slice(0, query.limit) : sources;
  }

  /** The source's page on the configured watch URL (a mirror), when there is one. */
  private atWatchUrl(source: ProviderSource): ProviderSource {
    const base = this.config.providers.youtubeWatchUrl;
    if (!base) return source;
    const url = new URL(base);
    url.searchParams.set('v', source.id);
    return { ...source, url: url.toString() };
  }

  test(signal?: AbortSignal): Promise<ProviderTestResult> {
    return probe(this.displayName, this.http.client.baseUrl, async () => {
      const [step] = searchPlan({ text: 'test' }, this.client);
      if (!step) throw new Error('no search to try');
      const sources = parseSearchAnswer(await this.post(step, signal));
      return { ok: true, detail: `${sources.length} results` };
    });
  }

  private search(step: SearchStep, signal?: AbortSignal): Promise<ProviderSource[]> {
    const request = { path: 'search', query: step.query, params: step.params, client: this.client.clientName };
    return this.http.cached({ ...request, parser: PARSER_VERSION }, async () =>
      parseSearchAnswer(await this.post(step, signal)),
    );
  }

  private async post(step: SearchStep, signal?: AbortSignal): Promise<unknown> {
    const { data, url } = await this.http.client.request<unknown>({
      method: 'POST',
      path: 'search',
      params: { prettyPrint: 'false' },
      body: searchBody(this.client, step),
      signal,
    });
    // A consent page or a proxy's JSON is not "no results"; the layout may recover, so try again later.
    if (!isSearchAnswer(data)) throw new RetryableError(`${url}: the answer is not an InnerTube search answer`);
    return data;
  }
}
