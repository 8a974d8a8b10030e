import type { ProviderRecording } from '../provider-models.js';

/** One row of an iTunes Search API answer (a track, or the collection a lookup also returns). */
export interface ItunesResult {
  wrapperType?: string;
  kind?: string;
  artistId?: number;
  collectionId?: number;
  trackId?: number;
  artistName?: string;
  collectionName?: string;
  collectionArtistName?: string;
  collectionType?: string;
  trackName?: string;
  trackViewUrl?: string;
  artworkUrl100?: string;
  releaseDate?: string;
  trackExplicitness?: string;
  discCount?: number;
  discNumber?: number;
  trackCount?: number;
  trackNumber?: number;
  trackTimeMillis?: number;
  country?: string;
  primaryGenreName?: string;
  isStreamable?: boolean;
}

export interface ItunesResponse {
  resultCount?: number;
  results?: ItunesResult[];
}

const VARIOUS_ARTISTS = 'various artists';
/** Collection titles that mark an artist's own compilation, which iTunes does not flag otherwise. */
const BEST_OF = /\b(?:best of|greatest hits|hits of|the very best|anthology|the essential|the collection)\b/i;
const ARTWORK_SIZE = /\/\d+x\d+(bb|cc)?\.(jpg|png|webp)$/;

/** Every song and music video of an answer; collection rows only lend their type to their tracks. */
export function mapItunesResults(body: ItunesResponse | null | undefined): ProviderRecording[] {
  const results = body?.results ?? [];
  const collections = new Map<number, ItunesResult>();
  for (const row of results) {
    if (row.wrapperType === 'collection' && row.collectionId !== undefined) collections.set(row.collectionId, row);
  }
  return results.flatMap((row) => {
    const collection = row.collectionId === undefined ? undefined : collections.get(row.collectionId);
    const mapped = mapItunesTrack(row, collection);
    return mapped ? [mapped] : [];
  });
}

/**
 * A track row as a recording. `artistName` is kept as one credit: iTunes gives a display string only, and
 * "&" is as often part of one act's name ("Robson & Jerome") as a join of two; "feat." stays in the title.
 */
export function mapItunesTrack(row: ItunesResult, collection?: ItunesResult): ProviderRecording | undefined {
  if (row.wrapperType !== 'track' || (row.kind !== 'song' && row.kind !== 'music-video')) return undefined;
  if (row.trackId === undefined || !row.trackName) return undefined;
  return {
    provider: 'itunes',
    providerId: String(row.trackId),
    title: row.trackName,
    artists: row.artistName ? [row.artistName] : [],
    album: row.collectionName,
    durationMs: row.trackTimeMillis,
    releaseDate: itunesDate(row.releaseDate),
    isVideo: row.kind === 'music-video' ? true : undefined,
    coverUrl: itunesArtwork(row.artworkUrl100),
    url: row.trackViewUrl,
    extra: withoutUndefined({
      artistId: row.artistId,
      collectionId: row.collectionId,
      collectionArtistName: row.collectionArtistName ?? collection?.artistName,
      collectionType: row.collectionType ?? collection?.collectionType,
      compilation: isCompilation(row, collection),
      trackNumber: row.trackNumber,
      trackCount: row.trackCount,
      discNumber: row.discNumber,
      discCount: row.discCount,
      trackExplicitness: row.trackExplicitness,
      isStreamable: row.isStreamable,
      genre: row.primaryGenreName,
      country: row.country,
    }),
  };
}

/** The 100 px artwork URL rewritten to ask the CDN for a larger square (it renders any size on demand). */
export function itunesArtwork(url: string | undefined, size = 600): string | undefined {
  if (!url) return undefined;
  return ARTWORK_SIZE.test(url) ? url.replace(ARTWORK_SIZE, `/${size}x${size}bb.$2`) : url;
}

/** The day part; iTunes stamps midnight US time as 07:00/08:00Z, so the day is the release day. */
export function itunesDate(value: string | undefined): string | undefined {
  const day = value?.slice(0, 10);
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  // 1900-01-01 is iTunes' placeholder for an unknown date, not a release in 1900.
  return day === '1900-01-01' ? undefined : day;
}

/** A various-artists collection, or an artist's own "best of" (iTunes flags neither explicitly). */
export function isCompilation(row: ItunesResult, collection?: ItunesResult): boolean {
  const collectionArtist = row.collectionArtistName ?? collection?.artistName;
  if (collectionArtist?.trim().toLowerCase() === VARIOUS_ARTISTS) return true;
  if (row.collectionType?.toLowerCase() === 'compilation') return true;
  return BEST_OF.test(row.collectionName ?? '');
}

function withoutUndefined(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}
