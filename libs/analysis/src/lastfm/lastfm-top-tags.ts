import { setTimeout as wait } from 'node:timers/promises';
import { PermanentError } from '@app/core';
import type { HttpClient } from '@app/platform';
import type { LastfmTopTag } from './map-lastfm-tags.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Last.fm error codes this client acts on; the others fail the request. */
const NOT_FOUND = 6;
const RATE_LIMITED = 29;

export interface LastfmTopTagsOptions {
  apiKey: string;
  /** First wait after error 29 (rate limit exceeded); it doubles on each further one. */
  backoffMs: number;
  /** Tries after error 29 before giving up. */
  maxBackoffs: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * `track.getTopTags` and `artist.getTopTags`. Undefined when Last.fm does not know the track or artist (error
 * 6); error 29 (rate limit exceeded) waits and asks again, the wait doubling each time. Last.fm sends one tag
 * as an object rather than a list, and counts as strings at times.
 */
export class LastfmTopTags {
  private readonly sleep: NonNullable<LastfmTopTagsOptions['sleep']>;

  constructor(
    private readonly http: HttpClient,
    private readonly options: LastfmTopTagsOptions,
  ) {
    this.sleep = options.sleep ?? ((ms, signal) => wait(ms, undefined, { signal }));
  }

  track(artist: string, track: string, signal?: AbortSignal): Promise<LastfmTopTag[] | undefined> {
    return this.ask({ method: 'track.gettoptags', artist, track }, signal);
  }

  artist(artist: string, signal?: AbortSignal): Promise<LastfmTopTag[] | undefined> {
    return this.ask({ method: 'artist.gettoptags', artist }, signal);
  }

  private async ask(params: Record<string, string>, signal?: AbortSignal): Promise<LastfmTopTag[] | undefined> {
    for (let backoff = 0; ; backoff++) {
      const answer = await this.http.request<unknown>({
        path: '',
        params: { ...params, autocorrect: 1, api_key: this.options.apiKey, format: 'json' },
        signal,
      });
      const error = isObject(answer.data) ? Number(answer.data['error']) : NaN;
      if (error === RATE_LIMITED && backoff < this.options.maxBackoffs) {
        await this.sleep(this.options.backoffMs * 2 ** backoff, signal);
        continue;
      }
      if (error === NOT_FOUND) return undefined;
      if (!Number.isNaN(error)) {
        const message = isObject(answer.data) ? String(answer.data['message'] ?? '') : '';
        throw new PermanentError(`Last.fm ${params['method']}: error ${error}: ${message}`);
      }
      return readTopTags(answer.data);
    }
  }
}

export function readTopTags(answer: unknown): LastfmTopTag[] {
  const top = isObject(answer) && isObject(answer['toptags']) ? answer['toptags']['tag'] : undefined;
  const list = Array.isArray(top) ? top : isObject(top) ? [top] : [];
  return list.flatMap((tag) => {
    if (!isObject(tag) || typeof tag['name'] !== 'string') return [];
    const count = Number(tag['count']);
    return Number.isFinite(count) ? [{ name: tag['name'], count }] : [];
  });
}
