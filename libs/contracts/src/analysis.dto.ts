/** What the analyser measured on one track's audio (a window from its middle, or the whole track). */
export interface AudioFeatures {
  /** Beats per minute, refined from the beat positions. */
  bpm: number;
  /**
   * Beat confidence on RhythmExtractor2013's scale (0..5.32; above 3.5 is a reliable beat): multifeature's own, or for
   * `degara` read from the onsets at its beats. Null in results stored before degara had one.
   */
  bpmConfidence: number | null;
  /** Tonic and mode, e.g. `A` and `minor`; tonic uses sharps or flats as essentia names them. */
  key: string;
  scale: 'major' | 'minor';
  /** How well the chroma fits the key profile (0..1). */
  keyStrength: number;
  /** Essentia's DFA-based danceability (0..~3). */
  danceability: number;
  /** Essentia's dynamic complexity in dB (average deviation from the global loudness). */
  dynamicComplexity: number;
  /** Onsets per second. */
  onsetRate: number;
  /** Mean spectral centroid in Hz. */
  spectralCentroidHz: number;
  /** Root mean square of the samples (linear, 0..1). */
  rms: number;
  /** Mean energy per frame. */
  energy: number;
  /** Mean of the first 13 MFCC coefficients over all frames. */
  mfccMeans: number[];
  /** ffmpeg ebur128 integrated loudness (LUFS) and loudness range (LU) of the analysed window. */
  loudnessLufs: number;
  loudnessRangeLu: number;
  /** Seconds of audio analysed. */
  analysedSeconds: number;
}

/** The names of the interpretable axes shown on the track page. */
export type AxisName = 'energy' | 'danceability' | 'brightness' | 'acousticness' | 'valence' | 'tempo' | 'key';

/** One interpretable axis: a 0..1 value where that makes sense, and a sentence a person can read. */
export interface FeatureAxis {
  name: AxisName;
  /** 0..1, or null for axes without a scale (key). */
  value: number | null;
  label: string;
  sentence: string;
  /** Set on axes guessed from other features rather than measured directly. */
  estimated?: string;
}

/** A track's stored analysis as the API shows it. */
export interface TrackAnalysisDto {
  trackId: string;
  analyserVersion: string;
  analysedAt: string;
  features: AudioFeatures;
  axes: FeatureAxis[];
}

/** What `POST /api/v1/analyze/library` queued. */
export interface AnalyzeLibraryResultDto {
  /** Tracks in the library. */
  tracks: number;
  /** Tracks whose result is of the current analyser version already. */
  current: number;
  /** Tracks an analysis job is already queued or running for. */
  pending: number;
  /** Ids of the analysis jobs created now. */
  jobIds: string[];
}

export const ANALYSIS_SORT_KEYS = ['bpm', 'key', 'energy', 'analysedAt'] as const;
export type AnalysisSortKey = (typeof ANALYSIS_SORT_KEYS)[number];

/** `GET /api/v1/analysis/tracks`: analysed tracks by tempo, key and energy ("120–128 BPM, A minor"). */
/** Filters on a track's analysis, shared by `GET /analysis/tracks` and `GET /library/tracks`. */
export type AudioFeatureFilters = Pick<
  ListAnalysedTracksQuery,
  'bpmMin' | 'bpmMax' | 'key' | 'energyMin' | 'energyMax'
>;

export interface ListAnalysedTracksQuery {
  bpmMin?: number;
  bpmMax?: number;
  /** `A minor`, `F# major`; case-insensitive. */
  key?: string;
  energyMin?: number;
  energyMax?: number;
  sortKey?: AnalysisSortKey;
  sortDirection?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

/** One row of that list: the track id with the figures it is filtered and sorted by. */
export interface AnalysedTrackDto {
  trackId: string;
  bpm: number;
  key: string;
  energy: number;
  analyserVersion: string;
}
