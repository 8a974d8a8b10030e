import type { Provider } from '../provider.types.js';

/** The parts of an AcoustID `lookup` answer (`meta=recordings`) TrueTrack reads. */
export interface AcoustidLookup {
  status?: string;
  error?: { code?: number; message?: string };
  results?: AcoustidResult[];
}

export interface AcoustidResult {
  /** The AcoustID track id. */
  id?: string;
  /** How well the fingerprint matched this track, 0..1. */
  score?: number;
  recordings?: AcoustidRecording[];
}

export interface AcoustidRecording {
  /** The MusicBrainz recording id. */
  id?: string;
  title?: string;
  /** Seconds. */
  duration?: number;
  artists?: { id?: string; name?: string }[];
}

/** A MusicBrainz recording AcoustID links to the fingerprint, with the score of that link. */
export interface FingerprintMatch {
  mbid: string;
  score: number;
  acoustId: string;
  title?: string;
  artists?: string[];
  durationSec?: number;
}

/** A service that names the recordings of a fingerprint (AcoustID). */
export interface FingerprintProvider extends Provider {
  lookup(fingerprint: string, durationSec: number, signal?: AbortSignal): Promise<FingerprintMatch[]>;
}

export const isFingerprintProvider = (p: Provider): p is FingerprintProvider =>
  'lookup' in p && typeof p.lookup === 'function';
