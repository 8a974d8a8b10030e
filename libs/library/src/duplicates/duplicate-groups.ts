import type { DuplicateGroupDto, DuplicateReason } from '@app/contracts';
import type { LibraryTrackEntity } from '../index-store/library-track.entity.js';
import { type AudioQuality, compareQuality } from '../store/compare-quality.js';

/** How two fingerprints are compared; the tagger's chromaprint comparison in the app. */
export interface FingerprintMeasure {
  parse(raw: string): number[];
  similarity(a: number[], b: number[]): number;
  /** At or above this the two files are the same audio. */
  threshold: number;
}

/** Fingerprints are only compared between files this close in length. */
const FINGERPRINT_DURATION_WINDOW_MS = 3000;

const EXPLANATIONS: Record<DuplicateReason, string> = {
  'same-bytes': 'the files are byte for byte the same (equal SHA-256)',
  'same-recording': 'the tags name the same MusicBrainz recording',
  'similar-fingerprint': 'the audio fingerprints are nearly identical',
};

/**
 * Groups of tracks that are one another's duplicates, strongest reason first: the same bytes, then the same
 * MusicBrainz recording, then near-identical fingerprints. A track is in one group at most. Each group proposes
 * a keeper: the best file by the store's quality comparison (lossless, then bitrate), the shorter path on a tie.
 */
export function duplicateGroups(
  rows: LibraryTrackEntity[],
  quality: (row: LibraryTrackEntity) => AudioQuality,
  fingerprints: FingerprintMeasure,
): DuplicateGroupDto[] {
  const grouped = new Set<string>();
  const groups: DuplicateGroupDto[] = [];
  const add = (reason: DuplicateReason, key: string, members: LibraryTrackEntity[], similarity?: number) => {
    const fresh = members.filter((row) => !grouped.has(row.id));
    if (fresh.length < 2) return;
    fresh.forEach((row) => grouped.add(row.id));
    groups.push(toGroup(reason, key, fresh, quality, similarity));
  };
  for (const [hash, members] of bucket(rows, (row) => row.contentHash)) add('same-bytes', `bytes:${hash}`, members);
  for (const [mbid, members] of bucket(rows, (row) => row.mbRecordingId)) {
    add('same-recording', `recording:${mbid}`, members);
  }
  const printed = rows
    .filter((row) => row.fingerprint && row.durationMs !== null && !grouped.has(row.id))
    .sort((a, b) => a.durationMs! - b.durationMs!);
  const parsed = new Map(printed.map((row) => [row.id, fingerprints.parse(row.fingerprint!)]));
  for (let i = 0; i < printed.length; i++) {
    const first = printed[i]!;
    if (grouped.has(first.id)) continue;
    const members = [first];
    let lowest = 1;
    for (let j = i + 1; j < printed.length; j++) {
      const other = printed[j]!;
      if (other.durationMs! - first.durationMs! > FINGERPRINT_DURATION_WINDOW_MS) break;
      if (grouped.has(other.id)) continue;
      const similarity = fingerprints.similarity(parsed.get(first.id)!, parsed.get(other.id)!);
      if (similarity < fingerprints.threshold) continue;
      members.push(other);
      lowest = Math.min(lowest, similarity);
    }
    add('similar-fingerprint', `fingerprint:${first.id}`, members, lowest);
  }
  return groups;
}

function bucket(rows: LibraryTrackEntity[], keyOf: (row: LibraryTrackEntity) => string | null) {
  const buckets = new Map<string, LibraryTrackEntity[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (!key) continue;
    buckets.set(key, [...(buckets.get(key) ?? []), row]);
  }
  return [...buckets].filter(([, members]) => members.length > 1);
}

function toGroup(
  reason: DuplicateReason,
  key: string,
  members: LibraryTrackEntity[],
  quality: (row: LibraryTrackEntity) => AudioQuality,
  similarity?: number,
): DuplicateGroupDto {
  const ordered = [...members].sort((a, b) => a.path.length - b.path.length || (a.path < b.path ? -1 : 1));
  let keeper = ordered[0]!;
  let keeperReason = 'all files are of the same quality: the shortest path is kept';
  for (const candidate of ordered.slice(1)) {
    const comparison = compareQuality(quality(candidate), quality(keeper));
    if (comparison.verdict === 'better') {
      keeper = candidate;
      keeperReason = comparison.reason;
    } else if (comparison.verdict === 'worse' && keeperReason.startsWith('all files')) {
      keeperReason = compareQuality(quality(keeper), quality(candidate)).reason;
    }
  }
  return {
    key,
    reason,
    explanation:
      similarity === undefined
        ? EXPLANATIONS[reason]
        : `${EXPLANATIONS[reason]} (${Math.round(similarity * 100)} % alike)`,
    keeperId: keeper.id,
    keeperReason,
    tracks: ordered.map((row) => ({
      id: row.id,
      path: row.path,
      format: row.format,
      codec: row.codec,
      bitrate: row.bitrate,
      sampleRate: row.sampleRate,
      durationMs: row.durationMs,
      size: row.size,
      title: row.title,
      artist: row.artist,
    })),
  };
}
