import type { ListenRelayEntity } from '../relay/listen-relay.entity.js';

/** Last.fm's `track.scrobble` takes at most 50 scrobbles a call. */
export const LASTFM_SCROBBLE_BATCH = 50;

type RelayedListen = ListenRelayEntity['listen'];

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** The listen's length in whole seconds, from ListenBrainz's `duration` (s) or `duration_ms`. */
function durationSeconds(info: Record<string, unknown>): number | undefined {
  const seconds =
    typeof info['duration'] === 'number'
      ? info['duration']
      : typeof info['duration_ms'] === 'number'
        ? info['duration_ms'] / 1000
        : undefined;
  return seconds && seconds >= 1 ? Math.round(seconds) : undefined;
}

/** One track's fields as Last.fm names them, without the index. */
export function trackFields(listen: RelayedListen): Record<string, string> {
  const meta = listen.track_metadata;
  const info = (meta['additional_info'] ?? {}) as Record<string, unknown>;
  const album = text(meta['release_name']);
  const duration = durationSeconds(info);
  const mbid = text(info['recording_mbid']);
  return {
    artist: text(meta['artist_name']) ?? '',
    track: text(meta['track_name']) ?? '',
    ...(album ? { album } : {}),
    ...(duration ? { duration: String(duration) } : {}),
    ...(mbid ? { mbid } : {}),
  };
}

/** A `track.scrobble` batch as indexed parameters: `artist[0]`, `track[0]`, `timestamp[0]`, … */
export function scrobbleParams(listens: readonly RelayedListen[]): Record<string, string> {
  if (listens.length > LASTFM_SCROBBLE_BATCH) {
    throw new RangeError(`Last.fm takes at most ${LASTFM_SCROBBLE_BATCH} scrobbles a call, not ${listens.length}`);
  }
  const params: Record<string, string> = {};
  listens.forEach((listen, i) => {
    for (const [name, value] of Object.entries(trackFields(listen))) params[`${name}[${i}]`] = value;
    params[`timestamp[${i}]`] = String(listen.listened_at);
  });
  return params;
}

/** Splits queued listens into `track.scrobble` calls of at most 50. */
export function scrobbleBatches<T>(rows: readonly T[]): T[][] {
  const batches: T[][] = [];
  for (let at = 0; at < rows.length; at += LASTFM_SCROBBLE_BATCH)
    batches.push(rows.slice(at, at + LASTFM_SCROBBLE_BATCH));
  return batches;
}

export interface IgnoredScrobble {
  index: number;
  code: number;
  message: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The scrobbles Last.fm ignored, from `{scrobbles: {@attr: {accepted, ignored}, scrobble: […] | {…}}}`: each with
 * `ignoredMessage: {code, #text}` (code "0" = taken). One scrobble comes as an object, numbers as strings.
 */
export function ignoredScrobbles(answer: Record<string, unknown>): IgnoredScrobble[] {
  const scrobbles = isObject(answer['scrobbles']) ? answer['scrobbles'] : {};
  const items = Array.isArray(scrobbles['scrobble'])
    ? scrobbles['scrobble']
    : isObject(scrobbles['scrobble'])
      ? [scrobbles['scrobble']]
      : [];
  return items.flatMap((item: unknown, index) => {
    const ignored = isObject(item) && isObject(item['ignoredMessage']) ? item['ignoredMessage'] : undefined;
    const code = Number(ignored?.['code'] ?? 0);
    if (!code) return [];
    return [{ index, code, message: typeof ignored?.['#text'] === 'string' ? ignored['#text'] : '' }];
  });
}
