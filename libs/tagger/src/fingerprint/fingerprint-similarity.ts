/** Above this, two fingerprints are the same audio (a re-encode, another upload of the same master). */
export const SAME_AUDIO_SIMILARITY = 0.9;

/** How far (in fingerprint words, ~0.12 s each) one fingerprint may be shifted against the other. */
const DEFAULT_MAX_OFFSET = 40;

/**
 * 1 minus the bit error rate of the best alignment of two raw chromaprint fingerprints: 1 for identical
 * audio, about 0.5 for unrelated audio. Offsets up to `maxOffset` words are tried, so a little extra silence
 * at the start does not matter; alignments overlapping less than half of the shorter fingerprint are ignored.
 */
export function fingerprintSimilarity(
  a: readonly number[],
  b: readonly number[],
  maxOffset = DEFAULT_MAX_OFFSET,
): number {
  if (a.length === 0 || b.length === 0) return 0;
  const minOverlap = Math.max(1, Math.floor(Math.min(a.length, b.length) / 2));
  let best = 0;
  for (let offset = -maxOffset; offset <= maxOffset; offset++) {
    const start = Math.max(0, -offset);
    const end = Math.min(a.length, b.length - offset);
    if (end - start < minOverlap) continue;
    let differingBits = 0;
    for (let i = start; i < end; i++) differingBits += popcount(a[i]! ^ b[i + offset]!);
    best = Math.max(best, 1 - differingBits / (32 * (end - start)));
  }
  return best;
}

/** Set bits of a 32-bit word (SWAR); `^` of two words above 2^31 gives a negative int32, which works too. */
function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
