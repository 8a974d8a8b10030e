import { TrackLastfmTagsEntity } from './lastfm/track-lastfm-tags.entity.js';
import { TrackAnalysisEntity } from './store/track-analysis.entity.js';

export const ANALYSIS_ENTITIES = [TrackAnalysisEntity, TrackLastfmTagsEntity];
