/** What a worker thread hands back for one window of PCM, before the tempo is refined and loudness added. */
export interface RawFeatures {
  extractorBpm: number;
  bpmConfidence: number | null;
  /** Beat positions in seconds, as the beat tracker found them. */
  beats: number[];
  /** Onset strength halfway between the beats over that at the beats (see tempo-octave). */
  offbeatRatio: number;
  /** The weaker over the stronger of the onset strengths at even and at odd beats (see tempo-octave). */
  alternateRatio: number;
  key: string;
  scale: string;
  keyStrength: number;
  danceability: number;
  dynamicComplexity: number;
  onsetRate: number;
  rms: number;
  spectralCentroidHz: number;
  energy: number;
  mfccMeans: number[];
}

export type RhythmMethod = 'multifeature' | 'degara';

/** The tempi (BPM) the beat tracker looks for; a tempo is doubled or halved only to stay inside. */
export const TEMPO_RANGE = { min: 40, max: 208 } as const;

/** KeyExtractor's key profiles that the tuning set compared (see the analysis accuracy bench). */
export const KEY_PROFILES = ['bgate', 'edma', 'temperley', 'krumhansl', 'shaath', 'diatonic'] as const;
export type KeyProfile = (typeof KEY_PROFILES)[number];

/** What the pool posts to a worker thread: one window of mono PCM. */
export interface AnalyseMessage {
  id: number;
  pcm: Float32Array;
  sampleRate: number;
  rhythmMethod: RhythmMethod;
  keyProfile: KeyProfile;
}

export type AnalyseReply = { id: number; features: RawFeatures } | { id: number; error: string };
