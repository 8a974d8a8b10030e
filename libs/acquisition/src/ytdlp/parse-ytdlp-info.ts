import type { YtDlpChapter, YtDlpInfo } from '@app/core';
/** Marks the line of yt-dlp's metadata JSON so it can be told apart from the printed file path. */
export const YTDLP_INFO_PREFIX = 'TT_INFO';

/** The fields of yt-dlp's info dict that say who a download is; yt-dlp leaves out the ones it does not know. */
export const YTDLP_INFO_FIELDS = [
  'track',
  'artist',
  'album',
  'release_year',
  'title',
  'uploader',
  'channel',
  'duration',
  'webpage_url',
  'extractor_key',
  // A mix upload's tracklist: kept with the download for the link hooks (libs/mixes).
  'description',
  'chapters',
] as const;

/** `%(.{a,b})j` prints those fields of the info dict as one JSON object (yt-dlp ≥ 2021.12). */
export const YTDLP_INFO_TEMPLATE = `after_move:${YTDLP_INFO_PREFIX} %(.{${YTDLP_INFO_FIELDS.join(',')}})j`;

// The shape moved down to @app/core, where the job data that carries it is declared.
export type { YtDlpChapter, YtDlpInfo };

/** Bounds what a page can put into the job's data. */
export const MAX_DESCRIPTION_CHARS = 20_000;
export const MAX_CHAPTERS = 500;

/** The info of a `TT_INFO {...}` line; anything else (or JSON that is not an object) gives undefined. */
export function parseYtDlpInfo(line: string): YtDlpInfo | undefined {
  if (!line.startsWith(`${YTDLP_INFO_PREFIX} `)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(line.slice(YTDLP_INFO_PREFIX.length + 1));
  } catch {
    return undefined;
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const o = raw as Record<string, unknown>;
  const info: YtDlpInfo = {
    track: text(o['track']),
    artist: text(o['artist']),
    album: text(o['album']),
    releaseYear: count(o['release_year']),
    title: text(o['title']),
    uploader: text(o['uploader']),
    channel: text(o['channel']),
    durationSec: count(o['duration']),
    webpageUrl: text(o['webpage_url']),
    extractor: text(o['extractor_key']),
    description: text(o['description'])?.slice(0, MAX_DESCRIPTION_CHARS),
    chapters: chapters(o['chapters']),
  };
  return Object.fromEntries(Object.entries(info).filter(([, value]) => value !== undefined)) as YtDlpInfo;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const count = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;

function chapters(value: unknown): YtDlpChapter[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const read = value.slice(0, MAX_CHAPTERS).flatMap((chapter: unknown): YtDlpChapter[] => {
    if (!chapter || typeof chapter !== 'object') return [];
    const c = chapter as Record<string, unknown>;
    const startSec = c['start_time'];
    const title = text(c['title']);
    if (typeof startSec !== 'number' || !Number.isFinite(startSec) || startSec < 0 || !title) return [];
    const endSec = count(c['end_time']);
    return [{ startSec, ...(endSec !== undefined && { endSec }), title: title.slice(0, 400) }];
  });
  return read.length > 0 ? read : undefined;
}
