import type { VersionMarker } from '../parsing/index.js';

/** Where else a merged candidate was found. */
export interface ProviderRef {
  provider: string;
  providerId: string;
}

/** A recording offered by a metadata provider (MusicBrainz, Deezer, iTunes, …). */
export interface RecordingCandidate {
  provider: string;
  providerId: string;
  title: string;
  /** Credited artists in order; featured artists may be among them. */
  artists: string[];
  album?: string;
  durationMs?: number;
  /** A recording can carry several ISRCs, and one ISRC can name several recordings. */
  isrcs?: string[];
  mbid?: string;
  releaseDate?: string;
  /** Provider note that tells same-titled recordings apart ("live, 1991-11-25: Paradiso"). */
  disambiguation?: string;
  /** The provider lists it as a video recording. */
  isVideo?: boolean;
  coverUrl?: string;
  url?: string;
  /** Set by mergeDuplicates: the same recording as offered by other providers. */
  alsoFrom?: ProviderRef[];
  extra?: Record<string, unknown>;
}

export type SourceKind = 'song' | 'video' | 'unknown';

/** Something audio can be downloaded from (a YouTube video, a YouTube Music song…). */
export interface SourceCandidate {
  provider: string;
  id: string;
  url: string;
  title: string;
  channel?: string;
  channelVerified?: boolean;
  /** An auto-generated "<Artist> - Topic" channel. */
  isTopicChannel?: boolean;
  isOfficialArtistChannel?: boolean;
  durationMs?: number;
  /** 'song' = an audio track (YouTube Music song, Art Track); 'video' = a video upload. */
  kind: SourceKind;
  viewCount?: number;
}

/** A source a download may try, as SEARCHING ranked it. */
export interface KeptSource extends SourceCandidate {
  score?: number;
  reasons?: string[];
}

/** What the request, or the recording chosen for it, expects. */
export interface ScoreTarget {
  title: string;
  /** Main artists; a candidate may credit more (featured artists are tolerated). */
  artists: string[];
  /** Featured artists the request names ("feat. X"): a recording that credits them is the one asked for. */
  featured?: string[];
  durationMs?: number;
  album?: string;
  isrcs?: string[];
  mbid?: string;
  /** Version markers the request asks for ("Numb (Live)" asks for live); empty = the plain version. */
  versions: VersionMarker[];
  /** A year the request names: a recording released (or performed) then is the one asked for. */
  year?: number;
}

export type ScorePartName =
  'title' | 'artist' | 'featured' | 'duration' | 'album' | 'isrc' | 'mbid' | 'version' | 'video' | 'channel' | 'year';

/** One compared aspect of a candidate. */
export interface ScorePart {
  name: ScorePartName;
  weight: number;
  /** 0 = agrees, 1 = disagrees completely. */
  distance: number;
  /** What was compared, for a person: "duration 4:45 vs 5:01 (16 s shorter)". */
  sentence: string;
}

export interface Scored<T> {
  candidate: T;
  /** Short name of the candidate for messages: "'Gasoline' by Seether". */
  label: string;
  /** Weighted mean of the parts' distances, 0..1. */
  distance: number;
  /** 1 - distance, rounded to 3 decimals. */
  score: number;
  parts: ScorePart[];
  /** The parts' sentences, the one that cost most first. */
  reasons: string[];
}
