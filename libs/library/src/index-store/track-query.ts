import type { ListLibraryTracksQuery, LibrarySortKey, SortDirection } from '@app/contracts';

/** The alias of `library_track` in every query built here. */
export const TRACK_ALIAS = 't';

export interface TrackFilter {
  /** Conditions joined with AND, written against entity properties (`t.title`). */
  clauses: string[];
  params: Record<string, unknown>;
}

export interface TrackOrder {
  expression: string;
  direction: 'ASC' | 'DESC';
}

/** Escapes `\`, `%` and `_`, so that user text matches itself in a `LIKE … ESCAPE '\'`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A LIKE pattern for "contains", lower-cased like the column it is compared with. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text.toLowerCase())}%`;
}

/** A LIKE pattern for every path under a folder (relative, `/`-separated); `''` is the whole library. */
export function underFolderPattern(folder: string): string | undefined {
  return folder === '' ? undefined : `${escapeLike(folder)}/%`;
}

/** WHERE conditions for the filters and the search of a track list; identical on SQLite and Postgres. */
export function buildTrackFilter(query: ListLibraryTracksQuery): TrackFilter {
  const t = TRACK_ALIAS;
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.search) {
    clauses.push(
      `(LOWER(${t}.title) LIKE :search ESCAPE '\\' OR LOWER(${t}.artist) LIKE :search ESCAPE '\\'` +
        ` OR LOWER(${t}.album) LIKE :search ESCAPE '\\')`,
    );
    params['search'] = containsPattern(query.search);
  }
  if (query.artist !== undefined) {
    clauses.push(`LOWER(${t}.artist) = :artist`);
    params['artist'] = query.artist.toLowerCase();
  }
  if (query.album !== undefined) {
    clauses.push(`LOWER(${t}.album) = :album`);
    params['album'] = query.album.toLowerCase();
  }
  if (query.format !== undefined) {
    clauses.push(`${t}.format = :format`);
    params['format'] = query.format;
  }
  if (query.hasMusicBrainzId !== undefined) {
    clauses.push(`${t}.mbRecordingId IS ${query.hasMusicBrainzId ? 'NOT NULL' : 'NULL'}`);
  }
  if (query.hasCover !== undefined) {
    clauses.push(`${t}.hasCover = :hasCover`);
    params['hasCover'] = query.hasCover ? 1 : 0;
  }
  if (query.jobId !== undefined) {
    clauses.push(`${t}.jobId = :jobId`);
    params['jobId'] = query.jobId;
  }
  return { clauses, params };
}

const text = (property: string) => `LOWER(${TRACK_ALIAS}.${property})`;
const plain = (property: string) => `${TRACK_ALIAS}.${property}`;
const albumOrder = [text('album'), plain('discNumber'), plain('trackNumber')];

/** What each sort key orders by: the key itself, then what a person expects next (album order). */
const SORT_COLUMNS: Record<LibrarySortKey, string[]> = {
  title: [text('title'), text('artist')],
  artist: [text('artist'), ...albumOrder, text('title')],
  album: [...albumOrder, text('title')],
  year: [plain('year'), text('artist'), ...albumOrder],
  addedAt: [plain('createdAt')],
  duration: [plain('durationMs')],
  // Columns of the joined analysis (audio-feature-query.ts); unanalysed tracks sort last.
  bpm: ['a.bpm', text('artist'), text('title')],
  energy: ['a.energy', text('artist'), text('title')],
  playCount: [plain('playCount'), plain('lastPlayedAt')],
  lastPlayed: [plain('lastPlayedAt')],
};

/**
 * ORDER BY terms: the direction applies to the sort key, the terms after it stay ascending, and the path
 * (unique) makes pages stable. Missing values sort last either way.
 */
export function trackOrder(sortKey: LibrarySortKey, direction: SortDirection): TrackOrder[] {
  const [first, ...rest] = SORT_COLUMNS[sortKey];
  return [
    { expression: first!, direction: direction === 'desc' ? 'DESC' : 'ASC' },
    ...rest.map((expression) => ({ expression, direction: 'ASC' as const })),
    { expression: plain('path'), direction: 'ASC' },
  ];
}
