/** What a tracklist line was found to be: an ID, a library track, a guess to confirm, or nothing yet. */
export type MixLineStatus = 'unidentified' | 'in-library' | 'unsure' | 'missing' | 'fixed' | 'requested';

/** A recording the resolver found for a line that is not in the library. */
export interface MixLineRecording {
  recordingId: string;
  artist: string;
  title: string;
  /** 0..1: the resolver's score. */
  score: number;
  album: string | null;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  releaseDate: string | null;
  durationMs: number | null;
  /** The resolver's reasons, the one that cost most first. */
  reasons: string[];
}

/** A library track a person may pick for an unsure line. */
export interface MixLineCandidate {
  trackId: string;
  artist: string;
  title: string;
  /** 0..1: how well the line's artist and title match the track's tags. */
  score: number;
  album: string | null;
  year: number | null;
  durationMs: number | null;
  /** Why the score is what it is ("title equal", "artist differs"). */
  reasons: string[];
}

export interface MixLineDto {
  id: string;
  position: number;
  /** Seconds from the start of the mix; null when the tracklist gives no time. */
  start: number | null;
  startPrecision: 'second' | 'minute' | 'ten-minutes' | 'none';
  artist: string;
  title: string;
  label: string | null;
  together: { artist: string; title: string }[];
  unidentified: boolean;
  status: MixLineStatus;
  trackId: string | null;
  candidates: MixLineCandidate[];
  /** For a line not in the library: the MusicBrainz recording the resolver settled on, when it was sure. */
  recordingId: string | null;
  /** The resolver's best recordings for a line not in the library (at most five). */
  recordings: MixLineRecording[];
  raw: string;
}

export interface MixSummaryDto {
  id: string;
  trackId: string;
  title: string;
  /** The mix's file, relative to the library root. */
  path: string;
  tracklistSource: 'paste' | 'link' | 'cue';
  tracklistFormat: string;
  cuePath: string | null;
  chaptersMethod: string | null;
  lineCount: number;
  /** Lines a person still has to look at (unsure) or that the library lacks (missing). */
  unsureCount: number;
  missingCount: number;
  updatedAt: string;
}

export interface MixDto extends MixSummaryDto {
  lines: MixLineDto[];
}

/** Body of `POST /api/v1/mixes`: a library track that is a mix, and its tracklist as pasted. */
export interface CreateMixRequest {
  trackId: string;
  tracklist: string;
  title?: string;
}

/**
 * Body of `PUT /api/v1/mixes/:id/lines/:lineId`: a library candidate picked (`trackId`), one of the resolver's
 * recordings picked (`recordingId`), or the artist and title typed.
 */
export interface FixMixLineRequest {
  trackId?: string;
  recordingId?: string;
  artist?: string;
  title?: string;
}

/** One mix whose tracklist names what was searched for. */
export interface MixSearchHitDto {
  mixId: string;
  mixTitle: string;
  lines: { lineId: string; position: number; start: number | null; artist: string; title: string }[];
}

/** What `POST /api/v1/mixes/:id/request-missing` started: one list job with a track job per missing line. */
export interface RequestMissingResponse {
  listJobId: string;
  requested: number;
}

/** One file a mix was split into, a library track of its own. */
export interface MixPartDto {
  /** Order in the mix, from 1. */
  position: number;
  lineId: string;
  trackId: string;
  /** Relative to the library root. */
  path: string;
  artist: string;
  title: string;
}

/**
 * `POST /api/v1/mixes/:id/split` and `GET /api/v1/mixes/:id/split`: the split under way (or last done since the
 * server started) and the parts the mix has.
 */
export interface MixSplitDto {
  state: 'idle' | 'running' | 'done' | 'failed';
  /** Parts cut, tagged and indexed so far, of `total`. */
  done: number;
  total: number;
  error: string | null;
  /** True when the parts were cut to the sample (lossless), false when copied at the codec's frames. */
  sampleExact: boolean | null;
  parts: MixPartDto[];
}
