import { normalizeForMatch, parseTitle } from '../parsing/index.js';
import { recordingMarkers } from './markers.js';
import type { ProviderRef, RecordingCandidate } from './types.js';

/** Two lengths of one recording from different providers differ by rounding, not by more. */
export const MERGE_DURATION_MS = 2000;

const FILLED: readonly (keyof RecordingCandidate)[] = [
  'album',
  'durationMs',
  'mbid',
  'releaseDate',
  'disambiguation',
  'isVideo',
  'coverUrl',
  'url',
];

/**
 * Whether two provider entries are one recording: the same entry; the same MusicBrainz id; or, across
 * providers, the same title and version markers with a shared ISRC or with the same artists and lengths
 * within 2 s. Two entries of one provider are never merged by likeness: the provider tells them apart
 * (MusicBrainz keeps a remaster and the original as two recordings with one ISRC).
 */
export function isSameRecording(a: RecordingCandidate, b: RecordingCandidate): boolean {
  if (a.provider === b.provider) return a.providerId === b.providerId;
  if (a.mbid && b.mbid) return a.mbid.toLowerCase() === b.mbid.toLowerCase();
  if (titleKey(a) !== titleKey(b)) return false;
  if ((a.isrcs ?? []).some((code) => (b.isrcs ?? []).some((other) => sameIsrc(code, other)))) return true;
  const close =
    a.durationMs !== undefined &&
    b.durationMs !== undefined &&
    Math.abs(a.durationMs - b.durationMs) <= MERGE_DURATION_MS;
  return close && artistKey(a) === artistKey(b);
}

/**
 * Folds entries of one recording into one candidate, in first-seen order. The entry with most fields is
 * kept, its gaps are filled from the others, ISRCs are pooled and the others are listed in `alsoFrom`.
 */
export function mergeDuplicates(candidates: readonly RecordingCandidate[]): RecordingCandidate[] {
  const groups: RecordingCandidate[][] = [];
  for (const candidate of candidates) {
    const group = groups.find((g) => g.some((member) => isSameRecording(member, candidate)));
    if (group) group.push(candidate);
    else groups.push([candidate]);
  }
  return groups.map(mergeGroup);
}

function mergeGroup(group: readonly RecordingCandidate[]): RecordingCandidate {
  const richest = group.reduce((best, c) => (richness(c) > richness(best) ? c : best));
  if (group.length === 1) return richest;
  const merged: RecordingCandidate = { ...richest };
  for (const other of group) for (const key of FILLED) fill(merged, other, key);
  const isrcs = [...new Set(group.flatMap((c) => c.isrcs ?? []))];
  if (isrcs.length > 0) merged.isrcs = isrcs;
  merged.alsoFrom = uniqueRefs(
    group.flatMap((c) => [
      ...(c === richest ? [] : [{ provider: c.provider, providerId: c.providerId }]),
      ...(c.alsoFrom ?? []),
    ]),
  );
  return merged;
}

function fill<K extends keyof RecordingCandidate>(into: RecordingCandidate, from: RecordingCandidate, key: K): void {
  if (into[key] === undefined) into[key] = from[key];
}

function richness(c: RecordingCandidate): number {
  return FILLED.filter((key) => c[key] !== undefined).length + (c.isrcs?.length ? 1 : 0);
}

function uniqueRefs(refs: readonly ProviderRef[]): ProviderRef[] {
  const seen = new Map(refs.map((r) => [`${r.provider}\u0000${r.providerId}`, r]));
  return [...seen.values()];
}

function titleKey(c: RecordingCandidate): string {
  const parsed = parseTitle(c.title);
  const kinds = recordingMarkers(parsed.versions, c.disambiguation).map((m) => m.kind);
  return `${normalizeForMatch(parsed.title)}|${[...new Set(kinds)].sort().join(',')}`;
}

const artistKey = (c: RecordingCandidate): string => c.artists.map(normalizeForMatch).sort().join('|');
const sameIsrc = (a: string, b: string): boolean =>
  a.replace(/-/g, '').toUpperCase() === b.replace(/-/g, '').toUpperCase();
