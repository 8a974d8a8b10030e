import { normalizeForMatch, splitArtists } from '../parsing/index.js';

// Longer strings are cut: a name that long is a sentence, and the table is quadratic.
const MAX_COMPARED = 200;
// Below this a word pair counts as different words, not as a typo ("no" vs "nobody", "sprit" vs "spirit" is 0.83).
const WORD_MATCH = 0.75;

/** Levenshtein edits over the longer length: 0 = same, 1 = nothing in common. */
export function editRatio(a: string, b: string): number {
  const x = [...a.slice(0, MAX_COMPARED)];
  const y = [...b.slice(0, MAX_COMPARED)];
  const longer = Math.max(x.length, y.length);
  if (longer === 0) return 0;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return (previous[y.length] ?? longer) / longer;
}

/**
 * Distance of two names, 0..1, on normalizeForMatch keys: the worse of the character edit ratio and the
 * share of words without a counterpart (a word with a typo still counts as its counterpart). Taking the
 * worse one keeps "Nobody" far from "Nobody Else" and "No One Else", and a typo close.
 */
export function stringDistance(a: string, b: string): number {
  const x = normalizeForMatch(a);
  const y = normalizeForMatch(b);
  if (x === y) return 0;
  if (x === '' || y === '') return 1;
  return Math.max(editRatio(x, y), wordDistance(x.split(' '), y.split(' ')));
}

// 1 - Dice coefficient, where a pair of words scores its edit similarity when it reaches WORD_MATCH.
function wordDistance(left: readonly string[], right: readonly string[]): number {
  const unused = [...right];
  let shared = 0;
  for (const word of left) {
    let bestAt = -1;
    let best = 0;
    unused.forEach((other, i) => {
      const similarity = 1 - editRatio(word, other);
      if (similarity >= WORD_MATCH && similarity > best) [best, bestAt] = [similarity, i];
    });
    if (bestAt < 0) continue;
    shared += best;
    unused.splice(bestAt, 1);
  }
  return 1 - (2 * shared) / (left.length + right.length);
}

/**
 * How far the offered credit is from the wanted artists, 0..1: each wanted artist against its closest
 * offered name (credits are also split, "A & B" offers A and B), averaged. Offered names nobody asked for
 * cost nothing: they are usually featured artists. The whole credits compared as one string win when
 * closer ("Simon & Garfunkel" vs ["Simon", "Garfunkel"]).
 */
export function artistDistance(wanted: readonly string[], offered: readonly string[]): number {
  if (wanted.length === 0 || offered.length === 0) return 1;
  const names = [...new Set(offered.flatMap((name) => [name, ...splitArtists(name)]))];
  const each = wanted.map((w) => Math.min(...names.map((name) => stringDistance(w, name))));
  const listed = each.reduce((sum, d) => sum + d, 0) / each.length;
  return Math.min(listed, stringDistance(wanted.join(' & '), offered.join(' & ')));
}

/** Up to this far apart, durations are "the same length" for beets; here they cost at most GRACE_DISTANCE. */
export const DURATION_GRACE_MS = 10_000;
/** From this far apart on the duration part is fully off (beets: 10 s grace + 30 s). */
export const DURATION_MAX_MS = 40_000;
// Beets gives 0 inside the grace. A small slope keeps order among near-equal lengths: the studio take of
// "Down in a Hole" (5:38) and the MTV Unplugged one (5:46) are 8 s apart, and re-releases of one
// recording usually differ by a second or two, not eight.
const GRACE_DISTANCE = 0.1;

/** 0..1 from the gap between two durations: a gentle slope up to 10 s, then linear to 1 at 40 s. */
export function durationDistance(wantedMs: number, offeredMs: number): number {
  const gap = Math.abs(wantedMs - offeredMs);
  if (gap <= DURATION_GRACE_MS) return (GRACE_DISTANCE * gap) / DURATION_GRACE_MS;
  const beyond = (gap - DURATION_GRACE_MS) / (DURATION_MAX_MS - DURATION_GRACE_MS);
  return Math.min(1, GRACE_DISTANCE + (1 - GRACE_DISTANCE) * beyond);
}

/** "5:01", "59:24", "1:00:49". */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
