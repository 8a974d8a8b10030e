import type { ProviderRecording } from '../provider-models.js';

export interface DeezerArtist {
  id?: number;
  name?: string;
  role?: string;
}

export interface DeezerAlbum {
  id?: number;
  title?: string;
  cover_xl?: string;
  cover_big?: string;
  release_date?: string;
}

/** A track as `track/<id>`, `track/isrc:<code>` and the items of `search/track` describe it. */
export interface DeezerTrack {
  id?: number;
  readable?: boolean;
  title?: string;
  title_short?: string;
  title_version?: string;
  isrc?: string;
  link?: string;
  duration?: number;
  track_position?: number;
  disk_number?: number;
  rank?: number;
  release_date?: string;
  explicit_lyrics?: boolean;
  bpm?: number;
  contributors?: DeezerArtist[];
  artist?: DeezerArtist;
  album?: DeezerAlbum;
  type?: string;
}

/** What Deezer puts in an HTTP 200 answer instead of data. */
export interface DeezerError {
  type?: string;
  message?: string;
  code?: number;
}

export interface DeezerSearchResponse {
  data?: DeezerTrack[];
  total?: number;
  next?: string;
}

/** Deezer's documented error codes that matter here. */
export const DEEZER_ERRORS = {
  quota: 4,
  serviceBusy: 700,
  noData: 800,
} as const;

/** The in-body error of an answer, if it is one. */
export function deezerError(body: unknown): DeezerError | undefined {
  if (!body || typeof body !== 'object' || !('error' in body)) return undefined;
  const error = (body as { error: unknown }).error;
  return error && typeof error === 'object' ? (error as DeezerError) : { message: String(error) };
}

/** Tracks of a search answer; anything that is not a track is dropped. */
export function mapDeezerSearch(body: DeezerSearchResponse | null | undefined): ProviderRecording[] {
  return (body?.data ?? []).flatMap((track) => {
    const mapped = mapDeezerTrack(track);
    return mapped ? [mapped] : [];
  });
}

export function mapDeezerTrack(track: DeezerTrack | null | undefined): ProviderRecording | undefined {
  if (!track || track.id === undefined || !track.title) return undefined;
  if (track.type !== undefined && track.type !== 'track') return undefined;
  return {
    provider: 'deezer',
    providerId: String(track.id),
    title: track.title,
    artists: deezerArtists(track),
    album: track.album?.title,
    durationMs: track.duration === undefined ? undefined : track.duration * 1000,
    isrc: track.isrc || undefined,
    releaseDate: track.release_date ?? track.album?.release_date,
    coverUrl: track.album?.cover_xl ?? track.album?.cover_big,
    url: track.link,
    extra: withoutUndefined({
      rank: track.rank,
      explicitLyrics: track.explicit_lyrics,
      albumId: track.album?.id,
      artistId: track.artist?.id,
      releaseDate: track.release_date,
      trackPosition: track.track_position,
      diskNumber: track.disk_number,
      titleShort: track.title_short,
      titleVersion: track.title_version || undefined,
      readable: track.readable,
      bpm: track.bpm || undefined,
    }),
  };
}

/**
 * The credited artists: a lookup lists every contributor ("Lady Gaga", "Bruno Mars"); search items only
 * carry the main artist.
 */
export function deezerArtists(track: DeezerTrack): string[] {
  const names = (track.contributors ?? []).map((artist) => artist.name).filter((name): name is string => !!name);
  if (names.length) return [...new Set(names)];
  return track.artist?.name ? [track.artist.name] : [];
}

/** Deezer's fielded query (`artist:"…" track:"…"`); quotes inside a value would end the field early. */
export function deezerAdvancedQuery(fields: { artist?: string; title?: string }): string | undefined {
  const parts: string[] = [];
  const clean = (value: string) => value.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
  if (fields.artist && clean(fields.artist)) parts.push(`artist:"${clean(fields.artist)}"`);
  if (fields.title && clean(fields.title)) parts.push(`track:"${clean(fields.title)}"`);
  return parts.length ? parts.join(' ') : undefined;
}

/** An ISRC in Deezer's form (upper case, no hyphens), or undefined when it cannot be one. */
export function normalizeIsrc(value: string): string | undefined {
  const isrc = value.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z]{2}[A-Z0-9]{3}\d{7}$/.test(isrc) ? isrc : undefined;
}

function withoutUndefined(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}
