/** What a worker thread hands back for one window of PCM, before the tempo is refined and loudness added. */
export interface RawFeatures {
  extractorBpm: number;
  bpmConfidence: number | null;
  /** Beat positions in seconds. */
  beats: number[];
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

/** What the pool posts to a worker thread: one window of mono PCM. */
export interface AnalyseMessage {
  id: number;
  pcm: Float32Array;
  sampleRate: number;
  rhythmMethod: RhythmMethod;
}

export type AnalyseReply = { id: number; features: RawFeatures } | { id: number; error: string };
