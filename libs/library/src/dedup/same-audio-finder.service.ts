import { Injectable } from '@nestjs/common';
import { fingerprintSimilarity, parseRawFingerprint, SAME_AUDIO_SIMILARITY } from '@app/tagger';
import { LibraryIndex } from '../index-store/library-index.repository.js';
import { findDuplicate } from './find-duplicate.js';

/** A track of the library whose audio is the same as a file's, by chromaprint fingerprint. */
export interface SameAudioTrack {
  path: string;
  title: string;
  artists: string[];
  album?: string;
  recordingId?: string;
  isrc?: string;
  durationMs?: number;
  /** How alike the two fingerprints are (0..1). */
  similarity: number;
}

/**
 * Recognises audio the library already holds from the fingerprints it keeps for every track, whatever the file is
 * called: a link to a song already in the library is known as that song before anything is looked up.
 */
@Injectable()
export class SameAudioFinder {
  constructor(private readonly index: LibraryIndex) {}

  async find(rawFingerprint: string, durationMs: number): Promise<SameAudioTrack | undefined> {
    const fingerprint = parseRawFingerprint(rawFingerprint);
    if (!fingerprint.length) return undefined;
    const found = await findDuplicate({ fingerprint, durationMs }, this.index, {
      similarity: fingerprintSimilarity,
      parse: parseRawFingerprint,
      threshold: SAME_AUDIO_SIMILARITY,
    });
    if (!found?.track.title || !found.track.artist) return undefined;
    const track = found.track;
    return {
      path: track.path,
      title: found.track.title,
      artists: found.track.artist.split(/\s*;\s*/).filter(Boolean),
      ...(track.album && { album: track.album }),
      ...(track.mbRecordingId && { recordingId: track.mbRecordingId }),
      ...(track.isrc && { isrc: track.isrc }),
      ...(track.durationMs && { durationMs: track.durationMs }),
      similarity: found.similarity ?? 1,
    };
  }
}
