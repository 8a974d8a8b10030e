import { Module } from '@nestjs/common';
import { LibraryModule } from '@app/library';
import { TaggerModule } from '@app/tagger';
import { AnalysisController } from './api/analysis.controller.js';
import { AnalysisRequests } from './api/analysis-requests.service.js';
import { AnalyseNewTracks } from './auto/analyse-new-tracks.js';
import { AudioAnalysis } from './extract/audio-analysis.service.js';
import { AnalyseTrackStep } from './steps/analyse-track.step.js';
import { TrackAnalyses } from './store/track-analyses.js';
import { TempoKeyWriting } from './tags/tempo-key-writing.js';

/** Audio analysis of library tracks: the ANALYSING step, its worker threads, results and routes. */
@Module({
  imports: [LibraryModule, TaggerModule],
  controllers: [AnalysisController],
  providers: [AudioAnalysis, TrackAnalyses, AnalysisRequests, AnalyseTrackStep, AnalyseNewTracks, TempoKeyWriting],
  exports: [AnalysisRequests],
})
export class AnalysisModule {}
