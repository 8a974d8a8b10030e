import { type QualityName, isLossless, qualityDefinition } from '../quality/quality-definitions.js';

const VBR_KBPS: Partial<Record<QualityName, number>> = {
  'MP3-VBR-V0': 245,
  'MP3-VBR-V2': 190,
  'AAC-VBR': 256,
  'OGG Vorbis Q5': 160,
  'OGG Vorbis Q6': 192,
  'OGG Vorbis Q7': 224,
  'OGG Vorbis Q8': 256,
  'OGG Vorbis Q9': 320,
  'OGG Vorbis Q10': 500,
  WMA: 192,
  WAV: 1411,
  // 16-bit/44.1 kHz FLAC of pop and rock averages 800-1000 kbps; 24-bit releases are mostly 24/96.
  FLAC: 900,
  ALAC: 900,
  APE: 850,
  WavPack: 900,
  'FLAC 24bit': 2500,
  'ALAC 24bit': 2500,
};

/** The bitrate a release of this quality usually has: the number in the name, or a typical VBR/lossless one. */
export function expectedKbps(quality: QualityName): number | undefined {
  const named = /^(?:MP3|AAC)-(\d+)$/.exec(quality)?.[1];
  return named ? Number(named) : VBR_KBPS[quality];
}

/**
 * Sizes a release of this quality may have per second of music. The floor is ours (Lidarr's defaults have none):
 * lossless under 35 % of its usual rate or lossy under 60 % is a fake, a sample or a mislabel. The ceiling is
 * Lidarr's maximum kbps (none for lossless), with room for artwork and logs.
 */
export function bytesPerSecondBounds(quality: QualityName): { min: number; max?: number } | undefined {
  const kbps = expectedKbps(quality);
  if (kbps === undefined) return undefined;
  const lossless = isLossless(quality);
  const floor = (kbps * (lossless ? 0.35 : 0.6) * 1000) / 8;
  const maxKbps = qualityDefinition(quality).maxKbps;
  return { min: floor, ...(maxKbps !== null && !lossless && { max: (Math.max(maxKbps, kbps) * 1.15 * 1000) / 8 }) };
}
