export const VERSION_KINDS = [
  'remix',
  'live',
  'acoustic',
  'demo',
  'instrumental',
  'karaoke',
  'cover',
  'remaster',
  'radio-edit',
  'extended',
  'sped-up',
  'slowed',
  'reverb',
  'nightcore',
  '8d',
  'explicit',
  'clean',
] as const;

export type VersionKind = (typeof VERSION_KINDS)[number];

/** A variant the request asks for ("Numb (Live)" asks for a live recording of "Numb"). */
export interface VersionMarker {
  kind: VersionKind;
  /** Remixer, venue, remaster year, original artist of a cover… when the words name one. */
  detail?: string;
  /** The words that matched, as written. */
  text: string;
}

export type Separator = 'dash' | 'by' | 'quoted' | 'colon' | 'none';

export interface ArtistTitleSplit {
  artist: string;
  title: string;
}

export interface ParsedRequest {
  input: string;
  /** The input with characters normalised and noise removed; version markers are still in it. */
  cleaned: string;
  artists: string[];
  title: string | undefined;
  featured: string[];
  versions: VersionMarker[];
  /** What was removed as noise ("Official Video", ".mp3", a track number…). */
  noise: string[];
  /** A year the request names in brackets ("(1991)", "[1983]"): the release it means, most likely. */
  year?: number;
  separator: Separator;
  /**
   * For a query without separator, or one split at an unspaced hyphen: every artist/title reading, most plausible
   * first, for provider answers to decide between.
   */
  splits: ArtistTitleSplit[];
}

/** A string known to be a title, cleaned: what is left of the name plus what was taken out of it. */
export interface ParsedTitle {
  title: string;
  featured: string[];
  versions: VersionMarker[];
  noise: string[];
}

/** The text left after a cleanup step and what the step took out. */
export interface Stripped {
  text: string;
  removed: string[];
}

export interface KnownRecording {
  artist: string;
  title: string;
}

export interface SplitChoice {
  split: ArtistTitleSplit;
  /** 0..1: mean of the title and artist agreement with the best matching known recording. */
  score: number;
}
