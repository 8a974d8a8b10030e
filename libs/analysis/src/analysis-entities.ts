import { TrackAnalysisEntity } from './store/track-analysis.entity.js';

export const ANALYSIS_ENTITIES = [TrackAnalysisEntity];
