import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type ProviderId } from '@app/config';
import { CLOCK, type Clock, HttpClient, type HttpRequest } from '@app/platform';
import { ProviderCache } from '../cache/provider-cache.service.js';

const VERSION = '0.1.0';

/** What a provider uses to talk HTTP: its client (base URL, rate limit, retries) and the shared cache. */
export interface ProviderHttp {
  client: HttpClient;
  /** GET JSON, answered from the cache when a fresh copy is there. */
  getJson<T>(path: string, params?: HttpRequest['params'], signal?: AbortSignal): Promise<T>;
}

@Injectable()
export class ProviderHttpFactory {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly cache: ProviderCache,
  ) {}

  /** The User-Agent MusicBrainz asks for: application/version ( contact ). */
  get userAgent(): string {
    const contact = this.config.providers.contact;
    return contact ? `TrueTrack/${VERSION} ( ${contact} )` : `TrueTrack/${VERSION}`;
  }

  create(id: ProviderId, options: { minIntervalMs?: number; headers?: Record<string, string> } = {}): ProviderHttp {
    const client = new HttpClient(
      {
        baseUrl: this.config.providers[id].baseUrl,
        timeoutMs: this.config.providers.timeoutMs,
        userAgent: this.userAgent,
        minIntervalMs: options.minIntervalMs,
        headers: options.headers,
      },
      this.clock,
    );
    const cache = this.cache;
    return {
      client,
      async getJson<T>(path: string, params?: HttpRequest['params'], signal?: AbortSignal): Promise<T> {
        const key = ProviderCache.key(id, `${client.baseUrl}/${path}`, params);
        const cached = await cache.get<T>(key);
        if (cached !== undefined) return cached;
        const { data } = await client.getJson<T>(path, params, signal);
        await cache.set(key, id, data);
        return data;
      },
    };
  }
}
