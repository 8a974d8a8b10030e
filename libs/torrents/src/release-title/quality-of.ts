import type { QualityName } from '../quality/quality-definitions.js';
import type { Bitrate } from './bitrate.js';
import type { Codec } from './codec.js';

const MP3_QUALITIES = new Set<QualityName>([
  'MP3-8', 'MP3-16', 'MP3-24', 'MP3-32', 'MP3-40', 'MP3-48', 'MP3-56', 'MP3-64', 'MP3-80', 'MP3-96',
  'MP3-112', 'MP3-128', 'MP3-160', 'MP3-192', 'MP3-224', 'MP3-256', 'MP3-320',
]); // prettier-ignore
const AAC_QUALITIES = new Set<QualityName>(['AAC-192', 'AAC-256', 'AAC-320']);
const VORBIS_QUALITIES = new Set<QualityName>(['OGG Vorbis Q5', 'OGG Vorbis Q6', 'OGG Vorbis Q7', 'OGG Vorbis Q8', 'OGG Vorbis Q9', 'OGG Vorbis Q10']); // prettier-ignore

export interface QualityClues {
  codec?: Codec;
  bitrate?: Bitrate;
  bitDepth?: 16 | 24;
  vorbisLevel?: number;
}

function lossyQuality(codec: 'MP3' | 'AAC', bitrate: Bitrate | undefined): QualityName {
  if (!bitrate) return 'Unknown';
  if ('vbr' in bitrate) {
    if (codec === 'AAC') return 'AAC-VBR';
    return bitrate.vbr === 'VBR' ? 'Unknown' : bitrate.vbr === 'V0' ? 'MP3-VBR-V0' : 'MP3-VBR-V2';
  }
  const name = `${codec}-${bitrate.kbps}` as QualityName;
  return (codec === 'MP3' ? MP3_QUALITIES : AAC_QUALITIES).has(name) ? name : 'Unknown';
}

/** The Lidarr quality the clues of a title add up to; a codec without its level is Unknown, as in Lidarr. */
export function qualityOf({ codec, bitrate, bitDepth, vorbisLevel }: QualityClues): QualityName {
  switch (codec) {
    case 'FLAC':
      return bitDepth === 24 ? 'FLAC 24bit' : 'FLAC';
    case 'ALAC':
      return bitDepth === 24 ? 'ALAC 24bit' : 'ALAC';
    case 'APE':
    case 'WavPack':
    case 'WAV':
    case 'WMA':
      return codec;
    case 'Vorbis': {
      const name = `OGG Vorbis Q${vorbisLevel}` as QualityName;
      return VORBIS_QUALITIES.has(name) ? name : 'Unknown';
    }
    case 'AAC':
      return lossyQuality('AAC', bitrate);
    case 'Opus':
      return 'Unknown';
    case 'MP3':
    case undefined:
      return lossyQuality('MP3', bitrate);
  }
}
