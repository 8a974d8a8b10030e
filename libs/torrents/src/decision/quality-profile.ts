import type { QualityName } from '../quality/quality-definitions.js';

/** Which qualities a person wants, worst to best, and when a file is good enough to stop upgrading. */
export interface QualityProfile {
  name: string;
  /** Allowed qualities, worst first: a later one is preferred. */
  allowed: QualityName[];
  /** The quality at which upgrades stop. */
  cutoff: QualityName;
  upgradesAllowed: boolean;
  /** When no release is approved (or indexers and clients are down), the YouTube sources are tried. */
  fallbackToYouTube: boolean;
  minimumSeeders: number;
}

/** Position in the profile, higher is better; -1 when not allowed. */
export function preference(profile: QualityProfile, quality: QualityName): number {
  return profile.allowed.indexOf(quality);
}

export function meetsCutoff(profile: QualityProfile, quality: QualityName): boolean {
  const cutoff = preference(profile, profile.cutoff);
  return preference(profile, quality) >= cutoff && cutoff >= 0;
}

export const DEFAULT_PROFILES: readonly QualityProfile[] = [
  {
    name: 'Lossless',
    allowed: ['APE', 'WavPack', 'ALAC', 'FLAC', 'ALAC 24bit', 'FLAC 24bit'],
    cutoff: 'FLAC',
    upgradesAllowed: true,
    fallbackToYouTube: false,
    minimumSeeders: 1,
  },
  {
    name: 'Any',
    allowed: [
      'MP3-192', 'AAC-192', 'OGG Vorbis Q6', 'MP3-224', 'OGG Vorbis Q7', 'MP3-VBR-V2', 'MP3-256', 'AAC-256',
      'OGG Vorbis Q8', 'MP3-VBR-V0', 'AAC-VBR', 'MP3-320', 'AAC-320', 'OGG Vorbis Q9', 'OGG Vorbis Q10',
      'APE', 'WavPack', 'ALAC', 'FLAC', 'ALAC 24bit', 'FLAC 24bit',
    ], // prettier-ignore
    cutoff: 'MP3-320',
    upgradesAllowed: true,
    fallbackToYouTube: true,
    minimumSeeders: 1,
  },
];
