import type { LibraryTrackEntity } from '../index-store/library-track.entity.js';

/** What identifies a track for dedup, strongest first. */
export interface TrackIdentity {
  recordingId?: string;
  isrc?: string;
  contentHash?: string;
  /** Raw chromaprint words. */
  fingerprint?: number[];
  durationMs?: number;
}

export type DuplicateBasis = 'same file content' | 'MusicBrainz recording id' | 'ISRC' | 'audio fingerprint';

export interface Duplicate {
  track: LibraryTrackEntity;
  basis: DuplicateBasis;
  /** For a fingerprint match: how alike the two fingerprints are (0..1). */
  similarity?: number;
}

/** The index lookups dedup needs; the library index implements them. */
export interface DuplicateLookups {
  findByContentHash(hash: string): Promise<LibraryTrackEntity[]>;
  findByRecordingId(id: string): Promise<LibraryTrackEntity[]>;
  findByIsrc(isrc: string): Promise<LibraryTrackEntity[]>;
  findFingerprintCandidates(durationMs: number): Promise<LibraryTrackEntity[]>;
}

export interface FingerprintComparison {
  similarity(a: number[], b: number[]): number;
  parse(raw: string): number[];
  threshold: number;
}

/**
 * The track already in the library that is the same as the new one: the same bytes, then the same MusicBrainz
 * recording, then the same ISRC (only where the row names no other recording), then fingerprints that match.
 */
export async function findDuplicate(
  identity: TrackIdentity,
  lookups: DuplicateLookups,
  fingerprints: FingerprintComparison,
): Promise<Duplicate | undefined> {
  if (identity.contentHash) {
    const [same] = await lookups.findByContentHash(identity.contentHash);
    if (same) return { track: same, basis: 'same file content' };
  }
  if (identity.recordingId) {
    const [same] = await lookups.findByRecordingId(identity.recordingId);
    if (same) return { track: same, basis: 'MusicBrainz recording id' };
  }
  if (identity.isrc) {
    // One ISRC can be on several recordings; a row that names another recording is not this one.
    const same = (await lookups.findByIsrc(identity.isrc)).find(
      (row) => !identity.recordingId || !row.mbRecordingId || row.mbRecordingId === identity.recordingId,
    );
    if (same) return { track: same, basis: 'ISRC' };
  }
  if (identity.fingerprint?.length && identity.durationMs) {
    let best: Duplicate | undefined;
    for (const row of await lookups.findFingerprintCandidates(identity.durationMs)) {
      if (!row.fingerprint) continue;
      if (identity.recordingId && row.mbRecordingId && row.mbRecordingId !== identity.recordingId) continue;
      const similarity = fingerprints.similarity(identity.fingerprint, fingerprints.parse(row.fingerprint));
      if (similarity >= fingerprints.threshold && similarity > (best?.similarity ?? 0)) {
        best = { track: row, basis: 'audio fingerprint', similarity };
      }
    }
    return best;
  }
  return undefined;
}
