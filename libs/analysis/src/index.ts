export { AnalysisModule } from './analysis.module.js';
/** Entities of the analysis tables, registered with the data source by the app. */
export { ANALYSIS_ENTITIES } from './analysis-entities.js';
export { AnalysisRequests } from './api/analysis-requests.service.js';
/** The analyser without Nest, for benchmarks and tests: ffmpeg decoding plus essentia.js in worker threads. */
export {
  AudioAnalyser,
  analyserVersion,
  type AudioAnalyserOptions,
  DEFAULT_KEY_PROFILE,
} from './extract/audio-analyser.js';
export { KEY_PROFILES, type KeyProfile, type RhythmMethod } from './worker/raw-features.js';
/** The measured features of many tracks at once, for features built on the analysis (the taste dashboard). */
export { TrackFeatures } from './store/track-features.js';
export { TrackFeaturesModule } from './store/track-features.module.js';
