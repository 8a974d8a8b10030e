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
  /**
   * Any answer through the cache: `request` names it (path, parameters, parser version…); `produce` is run
   * only on a miss, and what it throws is never cached.
   */
  cached<T>(request: Record<string, unknown>, produce: () => Promise<T>): Promise<T>;
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
    const cached = async <T>(request: Record<string, unknown>, produce: () => Promise<T>): Promise<T> => {
      const key = ProviderCache.key(id, client.baseUrl, request);
      const hit = await cache.get<T>(key);
      if (hit !== undefined) return hit;
      const value = await produce();
      await cache.set(key, id, value);
      return value;
    };
    return {
      client,
      cached,
      getJson: <T>(path: string, params?: HttpRequest['params'], signal?: AbortSignal) =>
        cached({ path, params }, async () => (await client.getJson<T>(path, params, signal)).data),
    };
  }
}
