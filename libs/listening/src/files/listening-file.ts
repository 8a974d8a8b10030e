import { readListenBrainzListen } from '../history/listenbrainz-history.js';
import type { HistoryListen } from '../history/history-listen.js';

export type ListeningFileFormat = 'listenbrainz-export' | 'spotify-extended-history';

export interface ReadListeningFile {
  format: ListeningFileFormat;
  listens: HistoryListen[];
  /** Entries that are not listens: podcasts, plays under 30 seconds, lines without a time, artist or title. */
  skipped: number;
}

/** Spotify counts a stream from 30 seconds, and so does ListenBrainz's own Spotify import. */
const SPOTIFY_MIN_PLAYED_MS = 30_000;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A listening history file people have: a ListenBrainz export (a JSON array of listens, or one listen per line)
 * or a Spotify extended streaming history (`Streaming_History_Audio_*.json`). Undefined when it is neither.
 */
export function readListeningFile(text: string): ReadListeningFile | undefined {
  const entries = parseEntries(text.replace(/^\uFEFF/, '').trim());
  if (!entries?.length) return undefined;
  const first = entries.find(isObject);
  if (first && 'ts' in first && 'ms_played' in first)
    return collect('spotify-extended-history', entries, spotifyListen);
  if (first && 'track_metadata' in first) return collect('listenbrainz-export', entries, readListenBrainzListen);
  return undefined;
}

function parseEntries(text: string): unknown[] | undefined {
  try {
    if (text.startsWith('[')) {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? parsed : undefined;
    }
    return text
      .split(/\r?\n/)
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as unknown);
  } catch {
    return undefined;
  }
}

function collect(
  format: ListeningFileFormat,
  entries: unknown[],
  read: (entry: unknown) => HistoryListen | undefined,
): ReadListeningFile {
  const listens: HistoryListen[] = [];
  for (const entry of entries) {
    const listen = read(entry);
    if (listen) listens.push(listen);
  }
  return { format, listens, skipped: entries.length - listens.length };
}

/** `ts` is when the stream ended: the listen began `ms_played` earlier. */
function spotifyListen(entry: unknown): HistoryListen | undefined {
  if (!isObject(entry)) return undefined;
  const trackName = typeof entry['master_metadata_track_name'] === 'string' ? entry['master_metadata_track_name'] : '';
  const artistName =
    typeof entry['master_metadata_album_artist_name'] === 'string' ? entry['master_metadata_album_artist_name'] : '';
  const played = Number(entry['ms_played']);
  const ended = typeof entry['ts'] === 'string' ? Date.parse(entry['ts']) : NaN;
  if (!trackName.trim() || !artistName.trim() || !(played >= SPOTIFY_MIN_PLAYED_MS) || Number.isNaN(ended))
    return undefined;
  const releaseName =
    typeof entry['master_metadata_album_album_name'] === 'string'
      ? entry['master_metadata_album_album_name'].trim()
      : '';
  const uri = typeof entry['spotify_track_uri'] === 'string' ? entry['spotify_track_uri'] : undefined;
  return {
    listenedAt: Math.floor((ended - played) / 1000),
    artistName: artistName.trim(),
    trackName: trackName.trim(),
    ...(releaseName ? { releaseName } : {}),
    additionalInfo: { music_service: 'spotify.com', ms_played: played, ...(uri ? { spotify_id: uri } : {}) },
  };
}
