import { Module } from '@nestjs/common';
import { TrackFeatures } from './track-features.js';

/**
 * Read access to analysis results without the analysis step and its workers, so that a feature reading them
 * (the taste dashboard) can run in processes that do not analyse.
 */
@Module({ providers: [TrackFeatures], exports: [TrackFeatures] })
export class TrackFeaturesModule {}
