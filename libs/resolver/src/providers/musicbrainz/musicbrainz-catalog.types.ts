import type { MbArtistCredit, MbReleaseLookup } from './musicbrainz.types.js';

/** `GET artist/<mbid>` and one entry of `artist?query=`. */
export interface MbArtist {
  id: string;
  name: string;
  'sort-name'?: string | null;
  type?: string | null;
  disambiguation?: string | null;
  country?: string | null;
  /** Search relevance 0–100, only in search answers. */
  score?: number | null;
  'life-span'?: { begin?: string | null; end?: string | null; ended?: boolean | null } | null;
}

export interface MbArtistSearch {
  count?: number;
  artists?: MbArtist[] | null;
}

/** One entry of `release-group?artist=<mbid>` (a browse). */
export interface MbBrowsedReleaseGroup {
  id: string;
  title: string;
  disambiguation?: string | null;
  'primary-type'?: string | null;
  'secondary-types'?: string[] | null;
  'first-release-date'?: string | null;
  'artist-credit'?: MbArtistCredit[] | null;
}

export interface MbReleaseGroupBrowse {
  'release-group-count'?: number;
  'release-group-offset'?: number;
  'release-groups'?: MbBrowsedReleaseGroup[] | null;
}

/** `release?release-group=<mbid>&inc=recordings+media+…`: each release shaped like a lookup. */
export interface MbReleaseBrowse {
  'release-count'?: number;
  'release-offset'?: number;
  releases?: MbReleaseLookup[] | null;
}
