import type { CandidateStage } from '@app/contracts';
import type { DownloadedFile } from '@app/core';

/**
 * What a person chose in a waiting state, as the state machine keeps it: which candidate, at which stage, and the
 * payload that candidate was offered with.
 */
export interface StoredChoice {
  candidateId: string;
  index: number;
  stage: CandidateStage;
  payload: Record<string, unknown>;
}

/**
 * What one step of a job hands to the next: one typed record. The engine declares its own keys here; every library
 * that writes or reads a key declares it in its own `job-data.ts` (`declare module '@app/jobs'`), each key once, in
 * the lowest library that all its writers and readers see. There is no index signature: a key nobody declared is a
 * type error.
 */
export interface JobData {
  /** Written by the state machine when a person chooses a candidate; the next step reads it for its stage. */
  choice?: StoredChoice;
  /** Written when a list job creates its track jobs: the line of the pasted list each came from. */
  list?: { line: number; durationMs?: number };
  /**
   * The file EXTRACTING starts from: written by DOWNLOADING (yt-dlp), by an import, and by an album's torrent for
   * each of its tracks; EXTRACTING sets it to null when the file is gone, so DOWNLOADING fetches it again.
   */
  download?: DownloadedFile | null;
  /** The MusicBrainz release an album job's tracks come from: written by EXPANDING, and again once its torrent is in. */
  release?: { id: string; title: string; artist: string };
}
