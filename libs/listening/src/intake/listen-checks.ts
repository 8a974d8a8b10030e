import { badRequest } from './listenbrainz-error.js';
import {
  LISTEN_MINIMUM_TS,
  LISTENED_AT_ALLOWED_SKEW,
  MAX_DURATION_LIMIT,
  MAX_DURATION_MS_LIMIT,
  MAX_TAG_SIZE,
  MAX_TAGS_PER_LISTEN,
} from './listenbrainz-limits.js';
import type { ListenType, SubmittedListen } from './submitted-listen.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One listen checked in ListenBrainz's order (validate_listen), with the same messages. */
export function checkListen(listen: unknown, listenType: ListenType, nowSeconds: number): SubmittedListen {
  if (!isObject(listen)) throw badRequest('Listen is empty and cannot be validated.');
  let listenedAt: number | undefined;
  if (listenType === 'playing_now') {
    if ('listened_at' in listen)
      throw badRequest('JSON document must not contain listened_at while submitting playing_now.');
    requireTrackMetadataKey(listen);
    if (Object.keys(listen).length > 1)
      throw badRequest('JSON document may only contain track_metadata as top level key when submitting playing_now.');
  } else {
    listenedAt = checkListenedAt(listen, nowSeconds);
    requireTrackMetadataKey(listen);
    if (Object.keys(listen).length > 2)
      throw badRequest('JSON document may only contain listened_at and track_metadata top level keys');
  }
  const metadata = listen['track_metadata'];
  if (metadata === null) throw badRequest('JSON document may not have track_metadata with null value.');
  const track: Json = isObject(metadata) ? { ...metadata } : {};
  checkName(track, 'track_name', true);
  checkName(track, 'artist_name', true);
  checkName(track, 'release_name', false);
  if (isObject(track['additional_info'])) track['additional_info'] = checkAdditionalInfo(track['additional_info']);
  refuseUnicodeNull(track);
  return {
    ...(listenedAt === undefined ? {} : { listenedAt }),
    trackMetadata: track as SubmittedListen['trackMetadata'],
  };
}

function requireTrackMetadataKey(listen: Json): void {
  if (!('track_metadata' in listen))
    throw badRequest('JSON document must contain the key track_metadata at the top level.');
}

/** `listened_at` read as Python's int() reads it: an integer, a number cut to one, or a string of digits. */
function checkListenedAt(listen: Json, nowSeconds: number): number {
  if (!('listened_at' in listen)) throw badRequest('JSON document must contain the key listened_at at the top level.');
  const value = pythonInt(listen['listened_at']);
  if (value === undefined) throw badRequest('JSON document must contain an int value for listened_at.');
  if (value >= nowSeconds + LISTENED_AT_ALLOWED_SKEW) throw badRequest('Value for key listened_at is too high.');
  if (value < LISTEN_MINIMUM_TS)
    throw badRequest(
      'Value for key listened_at is too low. listened_at timestamp should be greater than 1033410600 ' +
        '(2002-10-01 00:00:00 UTC).',
    );
  return value;
}

export function pythonInt(value: unknown): number | undefined {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value);
  if (typeof value === 'string' && /^\s*[+-]?\d+(_\d+)*\s*$/.test(value)) return Number(value.replace(/_/g, ''));
  return undefined;
}

function checkName(track: Json, key: string, required: boolean): void {
  if (!(key in track)) {
    if (required) throw badRequest(`JSON document does not contain required field track_metadata.${key}.`);
    return;
  }
  const value = track[key];
  if (typeof value !== 'string') throw badRequest(`track_metadata.${key} must be a single string.`);
  const trimmed = value.trim();
  if (!trimmed) throw badRequest(`field track_metadata.${key} is empty.`);
  track[key] = trimmed;
}

function checkAdditionalInfo(given: Json): Json {
  const info: Json = { ...given };
  if ('tags' in info) {
    const tags = Array.isArray(info['tags']) ? info['tags'] : [];
    if (tags.length > MAX_TAGS_PER_LISTEN)
      throw badRequest(
        `JSON document may not contain more than ${MAX_TAGS_PER_LISTEN} items in track_metadata.additional_info.tags.`,
      );
    for (const tag of tags) {
      if (String(tag).length > MAX_TAG_SIZE)
        throw badRequest(
          `JSON document may not contain track_metadata.additional_info.tags longer than ${MAX_TAG_SIZE} characters.`,
        );
    }
  }
  if ('duration' in info && 'duration_ms' in info)
    throw badRequest('JSON document should not contain both duration and duration_ms.');
  checkDuration(info, 'duration', MAX_DURATION_LIMIT);
  checkDuration(info, 'duration_ms', MAX_DURATION_MS_LIMIT);
  for (const key of ['release_mbid', 'recording_mbid', 'release_group_mbid', 'track_mbid']) checkMbid(info, key);
  for (const key of ['artist_mbids', 'work_mbids']) checkMbidList(info, key);
  return info;
}

function checkDuration(info: Json, key: string, max: number): void {
  if (!(key in info)) return;
  const value = pythonInt(info[key]);
  if (value === undefined || value <= 0) throw badRequest(`Value for ${key} is invalid, should be a positive integer.`);
  if (value > max) throw badRequest(`Value for ${key} is too large, max permitted value is ${max}`);
  info[key] = value;
}

/** An empty MBID is dropped, as ListenBrainz does; a malformed one is refused. */
function checkMbid(info: Json, key: string): void {
  if (!(key in info)) return;
  const value = info[key];
  if (!value) {
    delete info[key];
    return;
  }
  if (!isUuid(value)) throw badRequest(`${key} MBID format invalid.`);
}

function checkMbidList(info: Json, key: string): void {
  if (!(key in info)) return;
  const value = info[key];
  if (!value || (Array.isArray(value) && value.length === 0)) {
    delete info[key];
    return;
  }
  const mbids = (Array.isArray(value) ? value : [value]).filter(Boolean);
  if (!mbids.every(isUuid)) throw badRequest(`${key} MBID format invalid.`);
  info[key] = mbids;
}

/** What Python's uuid.UUID() accepts: 32 hex digits, hyphens, braces and a urn:uuid: prefix allowed. */
export function isUuid(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const hex = value
    .replace(/^urn:uuid:/i, '')
    .replace(/^\{(.*)\}$/, '$1')
    .replace(/-/g, '');
  return /^[0-9a-f]{32}$/i.test(hex);
}

/** PostgreSQL cannot store U+0000 in text, so ListenBrainz refuses any string holding it. */
function refuseUnicodeNull(value: unknown): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) throw badRequest(`${value} contains a unicode null`);
  } else if (Array.isArray(value)) value.forEach(refuseUnicodeNull);
  else if (isObject(value)) Object.values(value).forEach(refuseUnicodeNull);
}
