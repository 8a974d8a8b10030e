import { PermanentError } from '@app/core';
import { HttpClient, type SourceUrlPolicy } from '@app/platform';
import { type TorznabCaps, parseCaps } from './parse-caps.js';
import { parseSearch } from './parse-search.js';
import { type AlbumSearch, type TorznabParams, albumSearches, apiEndpoint } from './search-query.js';
import { TorznabError } from './torznab-error.js';
import type { TorznabRelease } from './torznab-release.js';

export interface TorznabIndexer {
  /** The feed URL Jackett or Prowlarr shows (".../torznab/" or "http://host:9696/1/"). */
  url: string;
  apiKey: string;
  categories: number[];
}

/** What a release's download link turned out to be: the .torrent file, or a magnet link it redirected to. */
export type TorrentPayload = { kind: 'torrent'; bytes: Buffer } | { kind: 'magnet'; magnetUrl: string };

const TORRENT_MAX_BYTES = 10 * 1024 * 1024;
const MAX_HOPS = 4;

/** Talks Torznab to one indexer: its caps, album searches with fallback, and the download of a release. */
export class TorznabClient {
  private readonly http: HttpClient;
  private readonly path: string;

  constructor(
    private readonly indexer: TorznabIndexer,
    private readonly policy: SourceUrlPolicy,
    private readonly options: { timeoutMs: number; userAgent: string } = {
      timeoutMs: 30_000,
      userAgent: 'TrueTrack',
    },
  ) {
    const endpoint = apiEndpoint(indexer.url);
    const cut = endpoint.lastIndexOf('/');
    this.path = endpoint.slice(cut + 1);
    this.http = new HttpClient({ baseUrl: endpoint.slice(0, cut + 1), maxRetries: 1, ...options });
  }

  async caps(signal?: AbortSignal): Promise<TorznabCaps> {
    return parseCaps(await this.get({ t: 'caps' }, signal));
  }

  /** The releases of the first search that finds any (t=music, then t=search), as Lidarr tries them. */
  async searchAlbum(search: AlbumSearch, caps?: TorznabCaps, signal?: AbortSignal): Promise<TorznabRelease[]> {
    let releases: TorznabRelease[] = [];
    for (const params of albumSearches(search, caps, this.indexer.categories)) {
      try {
        releases = parseSearch(await this.get(params, signal));
      } catch (error) {
        // An indexer without t=music says so with 203 (or 202); the plain search follows.
        if (error instanceof TorznabError && error.kind === 'unsupported' && params['t'] === 'music') continue;
        throw error;
      }
      if (releases.length) return releases;
    }
    return releases;
  }

  /**
   * The .torrent behind a release's link. Redirects are followed by hand, each hop checked against the source
   * policy, and a redirect to `magnet:` (Prowlarr does this) is returned instead of being fetched over HTTP.
   */
  async fetchTorrent(link: string, signal?: AbortSignal): Promise<TorrentPayload> {
    let url = link;
    for (let hop = 0; hop < MAX_HOPS; hop++) {
      if (/^magnet:\?/i.test(url)) return { kind: 'magnet', magnetUrl: url };
      await this.checkPolicy(url);
      const target = new URL(url);
      const client = new HttpClient({ baseUrl: target.origin, maxRedirects: 0, maxRetries: 1, ...this.options });
      const result = await client.getBytes(`${target.pathname}${target.search}`, TORRENT_MAX_BYTES, signal);
      if (result.location) {
        url = new URL(result.location, url).toString();
        continue;
      }
      if (result.status >= 300) throw new PermanentError(`${target.origin}: HTTP ${result.status} without a location`);
      return { kind: 'torrent', bytes: result.data };
    }
    throw new PermanentError(`The download link of the release redirected more than ${MAX_HOPS} times`);
  }

  private async get(params: TorznabParams, signal?: AbortSignal): Promise<string> {
    await this.checkPolicy(this.http.baseUrl);
    const result = await this.http.getText(
      this.path,
      { ...params, apikey: this.indexer.apiKey },
      { signal, errorBodies: true },
    );
    if (result.status >= 400 && !/<error\b/.test(result.data))
      throw new PermanentError(`The indexer answered HTTP ${result.status}`, { details: { status: result.status } });
    return result.data;
  }

  private async checkPolicy(url: string): Promise<void> {
    const refusal = await this.policy.refusal(url);
    if (refusal) throw new PermanentError(`The indexer is not reached: ${refusal}`);
  }
}
