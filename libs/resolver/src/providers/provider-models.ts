import type { RecordingCandidate, SourceCandidate } from '@app/core';

/**
 * A recording as a metadata provider describes it: the scoring shape, but with the one ISRC a provider
 * gives (scoring pools several) and without what only merging adds.
 */
export type ProviderRecording = Omit<RecordingCandidate, 'isrcs' | 'alsoFrom'> & { isrc?: string };

/** A place audio can be fetched from, with the artists, album and picture a source provider lists. */
export type ProviderSource = SourceCandidate & {
  artists?: string[];
  album?: string;
  thumbnailUrl?: string;
};

/** A release with its track list, as a metadata provider describes it (album artist, label, media). */
export interface ProviderRelease {
  id: string;
  title: string;
  date?: string;
  status?: string;
  country?: string;
  /** The release's artist credit as displayed ("Simon & Garfunkel"). */
  artistCredit: string;
  albumArtists: string[];
  albumArtistIds: string[];
  releaseGroup?: { id: string; primaryType?: string; secondaryTypes: string[]; firstReleaseDate?: string };
  labels: string[];
  genres: string[];
  media: ReleaseMedium[];
}

export interface ReleaseMedium {
  position: number;
  format?: string;
  tracks: ReleaseTrack[];
}

export interface ReleaseTrack {
  /** MusicBrainz release track id. */
  id: string;
  /** Position on the medium, 1-based. */
  position: number;
  /** As printed ("A1", "3"). */
  number: string;
  title: string;
  recordingId: string;
  durationMs?: number;
  artists: string[];
  artistIds: string[];
}

/** A release as a search lists it: enough to tell editions apart, without its track list. */
export interface ReleaseSummary {
  id: string;
  title: string;
  artistCredit: string;
  /** The provider's relevance, 0..1. */
  score: number;
  trackCount: number;
  date?: string;
  country?: string;
  status?: string;
  releaseGroupId?: string;
  primaryType?: string;
}
