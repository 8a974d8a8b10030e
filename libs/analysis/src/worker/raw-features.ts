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
