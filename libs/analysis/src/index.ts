export { AnalysisModule } from './analysis.module.js';
/** Entities of the analysis tables, registered with the data source by the app. */
export { ANALYSIS_ENTITIES } from './analysis-entities.js';
/** The measured features of many tracks at once, for features built on the analysis (the taste dashboard). */
export { TrackFeatures } from './store/track-features.js';
export { TrackFeaturesModule } from './store/track-features.module.js';
