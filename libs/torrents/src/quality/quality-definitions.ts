/** Lidarr's default quality definitions (Quality.cs): weight orders them, kbps bounds check a release's size. */
export interface QualityDefinition {
  id: number;
  name: QualityName;
  weight: number;
  group: string;
  minKbps: number;
  /** No upper bound for lossless. */
  maxKbps: number | null;
  preferredKbps: number;
}

export const QUALITY_NAMES = [
  'Unknown',
  'MP3-8',
  'MP3-16',
  'MP3-24',
  'MP3-32',
  'MP3-40',
  'MP3-48',
  'MP3-56',
  'MP3-64',
  'MP3-80',
  'MP3-96',
  'MP3-112',
  'MP3-128',
  'OGG Vorbis Q5',
  'MP3-160',
  'MP3-192',
  'OGG Vorbis Q6',
  'AAC-192',
  'WMA',
  'MP3-224',
  'OGG Vorbis Q7',
  'MP3-VBR-V2',
  'MP3-256',
  'OGG Vorbis Q8',
  'AAC-256',
  'MP3-VBR-V0',
  'AAC-VBR',
  'MP3-320',
  'OGG Vorbis Q9',
  'AAC-320',
  'OGG Vorbis Q10',
  'FLAC',
  'ALAC',
  'APE',
  'WavPack',
  'FLAC 24bit',
  'ALAC 24bit',
  'WAV',
] as const;

export type QualityName = (typeof QUALITY_NAMES)[number];

// prettier-ignore
export const QUALITY_DEFINITIONS: readonly QualityDefinition[] = [
  { id: 0, name: 'Unknown', weight: 1, group: '', minKbps: 0, maxKbps: 350, preferredKbps: 195 },
  { id: 32, name: 'MP3-8', weight: 2, group: 'Trash Quality Lossy', minKbps: 0, maxKbps: 10, preferredKbps: 5 },
  { id: 31, name: 'MP3-16', weight: 3, group: 'Trash Quality Lossy', minKbps: 0, maxKbps: 20, preferredKbps: 15 },
  { id: 30, name: 'MP3-24', weight: 4, group: 'Trash Quality Lossy', minKbps: 0, maxKbps: 30, preferredKbps: 25 },
  { id: 29, name: 'MP3-32', weight: 5, group: 'Trash Quality Lossy', minKbps: 0, maxKbps: 40, preferredKbps: 35 },
  { id: 28, name: 'MP3-40', weight: 6, group: 'Trash Quality Lossy', minKbps: 0, maxKbps: 45, preferredKbps: 40 },
  { id: 27, name: 'MP3-48', weight: 7, group: 'Trash Quality Lossy', minKbps: 0, maxKbps: 55, preferredKbps: 50 },
  { id: 26, name: 'MP3-56', weight: 8, group: 'Trash Quality Lossy', minKbps: 0, maxKbps: 65, preferredKbps: 60 },
  { id: 25, name: 'MP3-64', weight: 9, group: 'Trash Quality Lossy', minKbps: 0, maxKbps: 75, preferredKbps: 70 },
  { id: 24, name: 'MP3-80', weight: 10, group: 'Trash Quality Lossy', minKbps: 0, maxKbps: 95, preferredKbps: 90 },
  { id: 23, name: 'MP3-96', weight: 11, group: 'Poor Quality Lossy', minKbps: 0, maxKbps: 110, preferredKbps: 95 },
  { id: 33, name: 'MP3-112', weight: 12, group: 'Poor Quality Lossy', minKbps: 0, maxKbps: 125, preferredKbps: 95 },
  { id: 22, name: 'MP3-128', weight: 13, group: 'Poor Quality Lossy', minKbps: 0, maxKbps: 140, preferredKbps: 95 },
  { id: 19, name: 'OGG Vorbis Q5', weight: 14, group: 'Poor Quality Lossy', minKbps: 0, maxKbps: 175, preferredKbps: 95 },
  { id: 5, name: 'MP3-160', weight: 14, group: 'Poor Quality Lossy', minKbps: 0, maxKbps: 175, preferredKbps: 95 },
  { id: 1, name: 'MP3-192', weight: 15, group: 'Low Quality Lossy', minKbps: 0, maxKbps: 210, preferredKbps: 95 },
  { id: 18, name: 'OGG Vorbis Q6', weight: 15, group: 'Low Quality Lossy', minKbps: 0, maxKbps: 210, preferredKbps: 95 },
  { id: 9, name: 'AAC-192', weight: 15, group: 'Low Quality Lossy', minKbps: 0, maxKbps: 210, preferredKbps: 95 },
  { id: 20, name: 'WMA', weight: 15, group: 'Low Quality Lossy', minKbps: 0, maxKbps: 350, preferredKbps: 195 },
  { id: 34, name: 'MP3-224', weight: 16, group: 'Low Quality Lossy', minKbps: 0, maxKbps: 245, preferredKbps: 95 },
  { id: 17, name: 'OGG Vorbis Q7', weight: 17, group: 'Mid Quality Lossy', minKbps: 0, maxKbps: 245, preferredKbps: 95 },
  { id: 8, name: 'MP3-VBR-V2', weight: 18, group: 'Mid Quality Lossy', minKbps: 0, maxKbps: 280, preferredKbps: 95 },
  { id: 3, name: 'MP3-256', weight: 18, group: 'Mid Quality Lossy', minKbps: 0, maxKbps: 280, preferredKbps: 95 },
  { id: 16, name: 'OGG Vorbis Q8', weight: 18, group: 'Mid Quality Lossy', minKbps: 0, maxKbps: 280, preferredKbps: 95 },
  { id: 10, name: 'AAC-256', weight: 18, group: 'Mid Quality Lossy', minKbps: 0, maxKbps: 280, preferredKbps: 95 },
  { id: 2, name: 'MP3-VBR-V0', weight: 19, group: 'High Quality Lossy', minKbps: 0, maxKbps: 350, preferredKbps: 195 },
  { id: 12, name: 'AAC-VBR', weight: 19, group: 'High Quality Lossy', minKbps: 0, maxKbps: 350, preferredKbps: 195 },
  { id: 4, name: 'MP3-320', weight: 20, group: 'High Quality Lossy', minKbps: 0, maxKbps: 350, preferredKbps: 195 },
  { id: 15, name: 'OGG Vorbis Q9', weight: 20, group: 'High Quality Lossy', minKbps: 0, maxKbps: 350, preferredKbps: 195 },
  { id: 11, name: 'AAC-320', weight: 20, group: 'High Quality Lossy', minKbps: 0, maxKbps: 350, preferredKbps: 195 },
  { id: 14, name: 'OGG Vorbis Q10', weight: 21, group: 'High Quality Lossy', minKbps: 0, maxKbps: 550, preferredKbps: 295 },
  { id: 6, name: 'FLAC', weight: 22, group: 'Lossless', minKbps: 0, maxKbps: null, preferredKbps: 895 },
  { id: 7, name: 'ALAC', weight: 22, group: 'Lossless', minKbps: 0, maxKbps: null, preferredKbps: 895 },
  { id: 35, name: 'APE', weight: 22, group: 'Lossless', minKbps: 0, maxKbps: null, preferredKbps: 895 },
  { id: 36, name: 'WavPack', weight: 22, group: 'Lossless', minKbps: 0, maxKbps: null, preferredKbps: 895 },
  { id: 21, name: 'FLAC 24bit', weight: 23, group: 'Lossless', minKbps: 0, maxKbps: null, preferredKbps: 895 },
  { id: 37, name: 'ALAC 24bit', weight: 23, group: 'Lossless', minKbps: 0, maxKbps: null, preferredKbps: 895 },
  { id: 13, name: 'WAV', weight: 24, group: '', minKbps: 0, maxKbps: null, preferredKbps: 895 },
];

const BY_NAME = new Map(QUALITY_DEFINITIONS.map((d) => [d.name, d]));

export function qualityDefinition(name: QualityName): QualityDefinition {
  return BY_NAME.get(name)!;
}

export const isLossless = (name: QualityName): boolean =>
  qualityDefinition(name).group === 'Lossless' || name === 'WAV';
