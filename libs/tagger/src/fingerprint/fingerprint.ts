/** A chromaprint fingerprint of one file, as fpcalc computes it. */
export interface Fingerprint {
  /** The raw fingerprint: one 32-bit word per ~0.12 s of audio, for comparing files with each other. */
  fingerprint: number[];
  /** The compressed, base64 form AcoustID looks up. */
  compressed: string;
  /** The length fpcalc decoded, in whole seconds as AcoustID wants it. */
  durationSec: number;
}

/** How a fingerprint is kept in job data and in the library index. */
export interface StoredFingerprint {
  /** The raw words, comma-joined. */
  raw: string;
  compressed: string;
  durationSec: number;
}

export function toStoredFingerprint(fingerprint: Fingerprint): StoredFingerprint {
  return {
    raw: fingerprint.fingerprint.join(','),
    compressed: fingerprint.compressed,
    durationSec: fingerprint.durationSec,
  };
}

/** The raw words of a stored fingerprint; anything that is not a 32-bit unsigned integer is dropped. */
export function parseRawFingerprint(raw: string): number[] {
  return raw
    .split(',')
    .map((word) => word.trim())
    .filter((word) => /^\d+$/.test(word))
    .map(Number)
    .filter((word) => word <= 0xffffffff);
}
