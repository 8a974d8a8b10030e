import { extractVersions, normalizeForMatch, type VersionKind, type VersionMarker } from '../parsing/index.js';
import type { ScorePart } from './types.js';

/** Variants only audio uploads have: "1 hour" loops, "[Bass Boosted]", "[Monstercat Remake]". */
export type SourceMarkerKind = 'loop' | 'bass-boosted' | 'remake';
export type MarkerKind = VersionKind | SourceMarkerKind;

/** A version marker seen on a candidate, and where it was read. */
export interface FoundMarker {
  kind: MarkerKind;
  /** The words as written ("live", "Devonshire mix"). */
  text: string;
  where: 'title' | 'disambiguation' | 'album';
  /** Who or what the marker names, when it does ("Devonshire" of "Devonshire mix"). */
  detail?: string;
}

/**
 * What a marker the request did not ask for costs (the version part's distance, summed and capped at 1).
 * A different performance or production costs everything; a remaster is the same performance, and
 * "explicit" is what an unmarked request gets anyway.
 */
export const UNWANTED_MARKER_PENALTY: Readonly<Record<MarkerKind, number>> = {
  remix: 1,
  live: 1,
  acoustic: 1,
  demo: 1,
  instrumental: 1,
  karaoke: 1,
  cover: 1,
  remaster: 0.2,
  'radio-edit': 0.5,
  extended: 1,
  'sped-up': 1,
  slowed: 1,
  reverb: 1,
  nightcore: 1,
  '8d': 1,
  explicit: 0,
  clean: 0.3,
  loop: 1,
  'bass-boosted': 1,
  remake: 1,
};

// A requested marker the candidate does not show. Most releases do not label themselves explicit or
// remastered, so those cost little when missing.
const MISSING_MARKER_PENALTY: Partial<Record<MarkerKind, number>> = { explicit: 0.1, remaster: 0.3 };

const KARAOKE_ALBUM = /karaoke|sing[ -]?along|backing tracks?/i;

/** Markers in a provider title, its disambiguation note and its album ("live, 1991-11-25: Paradiso, Amsterdam"). */
export function recordingMarkers(
  titleVersions: readonly VersionMarker[],
  disambiguation?: string,
  album?: string,
): FoundMarker[] {
  const found: FoundMarker[] = titleVersions.map((v) => ({
    kind: v.kind,
    text: markerText(v),
    where: 'title',
    ...(v.detail && { detail: v.detail }),
  }));
  if (disambiguation) {
    for (const v of extractVersions(`(${disambiguation})`).versions) {
      if (found.some((f) => f.kind === v.kind)) continue;
      found.push({ kind: v.kind, text: v.text, where: 'disambiguation', ...(v.detail && { detail: v.detail }) });
    }
  }
  // A karaoke album holds karaoke versions whatever their titles say ("Numb" on "Karaoke Hits, Vol. 7").
  const karaoke = album ? KARAOKE_ALBUM.exec(album) : null;
  if (karaoke && !found.some((f) => f.kind === 'karaoke'))
    found.push({ kind: 'karaoke', text: karaoke[0], where: 'album' });
  return found;
}

/** Full weight when a marker is asked for or disagrees; `clean` when neither side has one (weak evidence). */
export interface VersionWeights {
  full: number;
  clean: number;
}

/** The version part: every marker nobody asked for, and every asked-for marker that is not there. */
export function versionPart(
  wanted: readonly VersionMarker[],
  found: readonly FoundMarker[],
  weights: VersionWeights,
): ScorePart {
  const issues: { penalty: number; sentence: string }[] = [];
  for (const f of found) {
    const asked = wanted.find((w) => w.kind === f.kind);
    const other = asked && otherNamed(asked, f);
    if (other) issues.push(other);
    if (asked) continue;
    issues.push({
      penalty: UNWANTED_MARKER_PENALTY[f.kind],
      sentence: `${f.where} says '${f.text}', the request did not`,
    });
  }
  for (const w of wanted) {
    if (found.some((f) => f.kind === w.kind)) continue;
    const penalty = MISSING_MARKER_PENALTY[w.kind] ?? 1;
    issues.push({ penalty, sentence: `the request asks for '${markerText(w)}', the candidate does not say so` });
  }
  const counted = issues.filter((i) => i.penalty > 0).sort((a, b) => b.penalty - a.penalty);
  const distance = Math.min(
    1,
    counted.reduce((sum, i) => sum + i.penalty, 0),
  );
  const weight = counted.length > 0 || wanted.length > 0 ? weights.full : weights.clean;
  return { name: 'version', weight, distance, sentence: versionSentence(wanted, counted) };
}

// Markers whose detail names who made the version: "the Major Lazer remix" is not "the Diplo remix".
const NAMED_KINDS: ReadonlySet<MarkerKind> = new Set(['remix', 'cover']);
// A marker without a name may still be the named one; one naming someone else is not.
const UNNAMED_PENALTY = 0.5;

/** What a request that names the remixer costs a candidate whose remix names another one, or nobody. */
function otherNamed(wanted: VersionMarker, found: FoundMarker): { penalty: number; sentence: string } | undefined {
  if (!NAMED_KINDS.has(wanted.kind) || !wanted.detail) return undefined;
  const asked = markerText(wanted);
  if (!found.detail) {
    return {
      penalty: UNNAMED_PENALTY,
      sentence: `the request names '${asked}', the ${found.where} does not say whose`,
    };
  }
  if (sameName(wanted.detail, found.detail)) return undefined;
  return { penalty: 1, sentence: `the request names '${asked}', the ${found.where} says '${found.text}'` };
}

/** "Major Lazer" and "Major Lazer Extended": one name contains the other's words. */
function sameName(a: string, b: string): boolean {
  const x = normalizeForMatch(a);
  const y = normalizeForMatch(b);
  return x === y || ` ${y} `.includes(` ${x} `) || ` ${x} `.includes(` ${y} `);
}

function versionSentence(wanted: readonly VersionMarker[], issues: readonly { sentence: string }[]): string {
  if (issues.length > 0) return issues.map((i) => i.sentence).join('; ');
  if (wanted.length === 0) return 'no version markers the request did not ask for';
  return `version as requested (${wanted.map(markerText).join(', ')})`;
}

// "Devonshire mix" reads better than "mix"; a venue or a year does not ("live at the Paramount" stays "live").
function markerText(v: VersionMarker): string {
  return v.kind === 'remix' && v.detail ? `${v.detail} ${v.text}` : v.text;
}
