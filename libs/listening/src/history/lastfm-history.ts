import { PermanentError } from '@app/core';
import type { HttpClient } from '@app/platform';
import type { HistoryListen, HistoryPages } from './history-listen.js';

/** Last.fm's largest `user.getRecentTracks` page. */
export const LASTFM_PAGE_SIZE = 200;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `user.getRecentTracks` pages, always page 1 of `to=<before>` so that new scrobbles do not shift the pages. Its
 * traps: one track comes as an object rather than a list, the track playing now has no date, numbers are strings,
 * and errors may come with HTTP 200 as `{error, message}`.
 */
export class LastfmHistory implements HistoryPages {
  readonly pageSize = LASTFM_PAGE_SIZE;

  constructor(
    private readonly http: HttpClient,
    private readonly apiKey: string,
    private readonly user: string,
  ) {}

  async pageBefore(before: number, signal?: AbortSignal): Promise<HistoryListen[]> {
    const answer = await this.http.request<unknown>({
      path: '',
      params: {
        method: 'user.getrecenttracks',
        user: this.user,
        api_key: this.apiKey,
        format: 'json',
        limit: this.pageSize,
        page: 1,
        to: before,
      },
      signal,
    });
    return readRecentTracks(answer.data);
  }
}

export function readRecentTracks(answer: unknown): HistoryListen[] {
  if (isObject(answer) && 'error' in answer) {
    throw new PermanentError(`Last.fm error ${String(answer['error'])}: ${String(answer['message'] ?? '')}`);
  }
  const recent = isObject(answer) && isObject(answer['recenttracks']) ? answer['recenttracks'] : {};
  const tracks = recent['track'];
  const list = Array.isArray(tracks) ? tracks : isObject(tracks) ? [tracks] : [];
  return list.flatMap((track) => {
    const read = readTrack(track);
    return read ? [read] : [];
  });
}

function readTrack(track: unknown): HistoryListen | undefined {
  if (!isObject(track)) return undefined;
  const date = isObject(track['date']) ? Number(track['date']['uts']) : NaN;
  // The track playing now has no date: it is not a listen yet.
  if (!Number.isInteger(date)) return undefined;
  const artistName = text(track['artist']);
  const trackName = text(track['name']);
  if (!artistName || !trackName) return undefined;
  const releaseName = text(track['album']);
  const mbid = typeof track['mbid'] === 'string' ? track['mbid'].toLowerCase() : '';
  return {
    listenedAt: date,
    artistName,
    trackName,
    ...(releaseName ? { releaseName } : {}),
    // Last.fm's track mbid names a recording when it is set at all.
    ...(mbid ? { recordingMbid: mbid } : {}),
  };
}

/** Last.fm writes a name as `{"#text": "…"}` (artist, album) or a plain string (name). */
function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (isObject(value) && typeof value['#text'] === 'string') return value['#text'].trim();
  if (isObject(value) && typeof value['name'] === 'string') return value['name'].trim();
  return '';
}
