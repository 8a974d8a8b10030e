import { fingerprintSimilarity, SAME_AUDIO_SIMILARITY } from './fingerprint-similarity.js';

/** Deterministic 32-bit words (mulberry32), so the "unrelated" case cannot flake. */
function words(count: number, seed: number): number[] {
  let state = seed >>> 0;
  return Array.from({ length: count }, () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  });
}

/** Flips `bits` distinct low bits of every word: a known bit error rate of bits/32. */
const withBitErrors = (fp: number[], bits: number) => fp.map((w) => (w ^ ((1 << bits) - 1)) >>> 0);

describe('fingerprintSimilarity', () => {
  const song = words(900, 1);

  it('is 1 for identical fingerprints', () => {
    expect(fingerprintSimilarity(song, [...song])).toBe(1);
  });

  it('is about one half for unrelated audio, well under the same-audio threshold', () => {
    const similarity = fingerprintSimilarity(song, words(900, 2));
    expect(similarity).toBeGreaterThan(0.45);
    expect(similarity).toBeLessThan(0.55);
    expect(similarity).toBeLessThan(SAME_AUDIO_SIMILARITY);
  });

  it.each([
    [1, 1 - 1 / 32],
    [2, 1 - 2 / 32],
    [4, 1 - 4 / 32],
  ])('is 1 minus the bit error rate: %i flipped bits per word', (bits, expected) => {
    expect(fingerprintSimilarity(song, withBitErrors(song, bits))).toBeCloseTo(expected, 10);
  });

  it('finds the alignment when one file starts a few seconds later', () => {
    const delayed = [...words(24, 3), ...song];
    expect(fingerprintSimilarity(song, delayed)).toBe(1);
    expect(fingerprintSimilarity(delayed, song)).toBe(1);
  });

  it('does not search further than the offset it is given', () => {
    const delayed = [...words(24, 3), ...song];
    expect(fingerprintSimilarity(song, delayed, 10)).toBeLessThan(0.6);
  });

  it('compares words above 2^31 bit for bit', () => {
    expect(fingerprintSimilarity([0xffffffff, 0x80000000], [0x7fffffff, 0x80000000], 0)).toBeCloseTo(1 - 1 / 64, 10);
  });

  it('ignores alignments that overlap less than half of the shorter fingerprint', () => {
    const tail = song.slice(800);
    const other = [...words(880, 4), ...tail.slice(0, 20)];
    expect(fingerprintSimilarity(tail, other, 100)).toBeLessThan(0.6);
  });

  it.each([
    [[], song],
    [song, []],
  ])('is 0 when a fingerprint is empty', (a, b) => {
    expect(fingerprintSimilarity(a, b)).toBe(0);
  });
});
