/**
 * The parts of MusicBrainz ws/2 JSON that TrueTrack reads. MusicBrainz writes `null` for many absent values
 * (search answers give `"video": null` for audio recordings), so optional fields also allow null.
 */
export interface MbArtistCredit {
  /** The name as credited on this recording, which may differ from the artist's own name. */
  name: string;
  joinphrase?: string | null;
  artist: { id: string; name: string };
}

export interface MbReleaseGroup {
  id: string;
  'primary-type'?: string | null;
  'secondary-types'?: string[] | null;
}

export interface MbTrack {
  number?: string | null;
  position?: number | null;
}

/** Search answers list the recording's track under `track`; some lookups use `tracks`. */
export interface MbMedium {
  position?: number | null;
  track?: MbTrack[] | null;
  tracks?: MbTrack[] | null;
}

export interface MbRelease {
  id: string;
  title: string;
  status?: string | null;
  date?: string | null;
  disambiguation?: string | null;
  'artist-credit'?: MbArtistCredit[] | null;
  'release-group'?: MbReleaseGroup | null;
  media?: MbMedium[] | null;
}

export interface MbRecording {
  id: string;
  title: string;
  length?: number | null;
  video?: boolean | null;
  disambiguation?: string | null;
  /** Search relevance 0–100, only in search answers. */
  score?: number | null;
  isrcs?: string[] | null;
  'first-release-date'?: string | null;
  'artist-credit'?: MbArtistCredit[] | null;
  releases?: MbRelease[] | null;
}

export interface MbRecordingSearch {
  count?: number;
  offset?: number;
  recordings?: MbRecording[] | null;
}

/** `GET isrc/<isrc>`: every recording carrying the code (there can be several). */
export interface MbIsrcLookup {
  isrc: string;
  recordings?: MbRecording[] | null;
}

export interface MbLabelInfo {
  'catalog-number'?: string | null;
  label?: { id: string; name: string } | null;
}

export interface MbGenre {
  name: string;
  count?: number | null;
}

/** One track of a release lookup with `inc=recordings`: the release track id and the recording on it. */
export interface MbReleaseTrack {
  id: string;
  number?: string | null;
  position?: number | null;
  title: string;
  length?: number | null;
  'artist-credit'?: MbArtistCredit[] | null;
  recording: { id: string; title: string; length?: number | null; 'artist-credit'?: MbArtistCredit[] | null };
}

/** `GET release/<mbid>?inc=artist-credits+labels+recordings+release-groups+genres`. */
export interface MbReleaseLookup {
  id: string;
  title: string;
  status?: string | null;
  date?: string | null;
  country?: string | null;
  barcode?: string | null;
  'artist-credit'?: MbArtistCredit[] | null;
  'release-group'?: (MbReleaseGroup & { 'first-release-date'?: string | null; title?: string }) | null;
  'label-info'?: MbLabelInfo[] | null;
  genres?: MbGenre[] | null;
  media?: (Omit<MbMedium, 'tracks'> & { format?: string | null; tracks?: MbReleaseTrack[] | null })[] | null;
}

/** One release of a `release?query=` search. */
export interface MbReleaseSearchItem {
  id: string;
  score?: number | null;
  title: string;
  status?: string | null;
  date?: string | null;
  country?: string | null;
  'artist-credit'?: MbArtistCredit[] | null;
  'release-group'?: (MbReleaseGroup & { title?: string | null }) | null;
  'track-count'?: number | null;
  media?: { format?: string | null; 'track-count'?: number | null }[] | null;
}

export interface MbReleaseSearch {
  count?: number;
  releases?: MbReleaseSearchItem[] | null;
}
