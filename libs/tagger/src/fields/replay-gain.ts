/** `-6.52 dB`: two decimals and the unit, as ReplayGain 2.0 readers expect. */
export function formatGain(gainDb: number): string {
  const fixed = gainDb.toFixed(2);
  return `${fixed === '-0.00' ? '0.00' : fixed} dB`;
}

/** `0.988553`: six decimals, linear amplitude. */
export function formatPeak(peak: number): string {
  return peak.toFixed(6);
}

/** Reads `-6.52 dB`, `+1.5 dB`, `-6.52`; undefined for anything else. */
export function parseGain(text: string | undefined): number | undefined {
  const match = /^\s*([+-]?\d+(?:\.\d+)?)\s*(?:dB)?\s*$/i.exec(text ?? '');
  return match ? Number(match[1]) : undefined;
}

export function parsePeak(text: string | undefined): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*$/.exec(text ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * Opus players (opusfile) ignore REPLAYGAIN_* and apply R128_TRACK_GAIN instead: a Q7.8 integer relative to
 * -23 LUFS (RFC 7845 §5.2.1), 5 dB below the ReplayGain reference of -18 LUFS.
 */
export function r128TrackGain(gainDb: number): string {
  const q78 = Math.round((gainDb - 5) * 256);
  return String(Math.max(-32768, Math.min(32767, q78)));
}
