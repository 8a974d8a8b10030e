/** What decides between two files of one track; the shape of a tag read's `audio` facts. */
export interface AudioQuality {
  lossless: boolean;
  /** Bits per second. */
  bitrate?: number;
  /** Hz. */
  sampleRate?: number;
  codec?: string;
}

export interface QualityComparison {
  /** How the first file compares with the second. */
  verdict: 'better' | 'worse' | 'same';
  reason: string;
}

// Encoders and containers report a little differently for the same settings; below this it is noise.
const SIGNIFICANT_BITRATE_SHARE = 0.1;

/** Lossless beats lossy; then the higher bitrate wins, unless the two are within 10 % of each other. */
export function compareQuality(a: AudioQuality, b: AudioQuality): QualityComparison {
  if (a.lossless !== b.lossless) {
    return a.lossless
      ? { verdict: 'better', reason: `lossless ${describe(a)} beats lossy ${describe(b)}` }
      : { verdict: 'worse', reason: `lossy ${describe(a)} is worse than lossless ${describe(b)}` };
  }
  const [x, y] = [a.bitrate ?? 0, b.bitrate ?? 0];
  if (!(x > 0) || !(y > 0)) {
    return { verdict: 'same', reason: `${describe(a)} and ${describe(b)}: without both bitrates they count the same` };
  }
  if (Math.abs(x - y) / Math.max(x, y) < SIGNIFICANT_BITRATE_SHARE) {
    return { verdict: 'same', reason: `${describe(a)} and ${describe(b)} differ by less than 10 %` };
  }
  return x > y
    ? { verdict: 'better', reason: `${describe(a)} beats ${describe(b)}` }
    : { verdict: 'worse', reason: `${describe(a)} is worse than ${describe(b)}` };
}

function describe(quality: AudioQuality): string {
  const codec = quality.codec?.trim().toUpperCase() || 'unknown codec';
  const bitrate = quality.bitrate && quality.bitrate > 0 ? `${Math.round(quality.bitrate / 1000)} kbps` : '? kbps';
  return `${codec} ${bitrate}`;
}
