import type { HttpClient } from '@app/platform';
import type { HistoryListen, HistoryPages } from './history-listen.js';

/** ListenBrainz's largest page (MAX_ITEMS_PER_GET). */
export const LISTENBRAINZ_PAGE_SIZE = 1000;

interface ListensAnswer {
  payload?: { listens?: unknown[] };
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `GET /1/user/{user}/listens?max_ts=` pages: `max_ts` is exclusive and in whole seconds. */
export class ListenBrainzHistory implements HistoryPages {
  readonly pageSize = LISTENBRAINZ_PAGE_SIZE;

  constructor(
    private readonly http: HttpClient,
    private readonly user: string,
    private readonly token?: string,
  ) {}

  async pageBefore(before: number, signal?: AbortSignal): Promise<HistoryListen[]> {
    const answer = await this.http.request<ListensAnswer>({
      path: `1/user/${encodeURIComponent(this.user)}/listens`,
      params: { max_ts: before, count: this.pageSize },
      ...(this.token ? { headers: { Authorization: `Token ${this.token}` } } : {}),
      signal,
    });
    return (answer.data?.payload?.listens ?? []).flatMap((listen) => {
      const read = readListenBrainzListen(listen);
      return read ? [read] : [];
    });
  }
}

/** One listen of a ListenBrainz answer; one without a time, an artist or a title is skipped. */
export function readListenBrainzListen(listen: unknown): HistoryListen | undefined {
  if (!isObject(listen) || !isObject(listen['track_metadata'])) return undefined;
  const listenedAt = Number(listen['listened_at']);
  const track = listen['track_metadata'];
  const artistName = typeof track['artist_name'] === 'string' ? track['artist_name'].trim() : '';
  const trackName = typeof track['track_name'] === 'string' ? track['track_name'].trim() : '';
  if (!Number.isInteger(listenedAt) || !artistName || !trackName) return undefined;
  const info = isObject(track['additional_info']) ? track['additional_info'] : {};
  const releaseName = typeof track['release_name'] === 'string' ? track['release_name'].trim() : '';
  const durationMs = Number(info['duration_ms'] ?? (Number(info['duration']) || 0) * 1000) || undefined;
  const recordingMbid = typeof info['recording_mbid'] === 'string' ? info['recording_mbid'].toLowerCase() : undefined;
  const mapping = isObject(track['mbid_mapping']) ? { mbid_mapping: track['mbid_mapping'] } : {};
  return {
    listenedAt,
    artistName,
    trackName,
    ...(releaseName ? { releaseName } : {}),
    ...(durationMs ? { durationMs } : {}),
    ...(recordingMbid ? { recordingMbid } : {}),
    additionalInfo: { ...info, ...mapping },
  };
}
