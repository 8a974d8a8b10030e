import { Module } from '@nestjs/common';
import { LibraryModule, LibraryReadsModule } from '@app/library';
import { TagFilesModule } from '@app/tagger';
import { AnalysisController } from './api/analysis.controller.js';
import { AnalysisRequests } from './api/analysis-requests.service.js';
import { LastfmTagsController } from './api/lastfm-tags.controller.js';
import { AnalyseNewTracks } from './auto/analyse-new-tracks.js';
import { AudioAnalysis } from './extract/audio-analysis.service.js';
import { LastfmTagStore } from './lastfm/lastfm-tag-store.js';
import { LastfmTagSync } from './lastfm/lastfm-tag-sync.service.js';
import { LastfmTagsSchedule } from './lastfm/lastfm-tags.schedule.js';
import { AnalyseTrackStep } from './steps/analyse-track.step.js';
import { TrackAnalyses } from './store/track-analyses.js';
import { TempoKeyWriting } from './tags/tempo-key-writing.js';

/** Audio analysis of library tracks: the ANALYSING step, its worker threads, results, Last.fm tags and routes. */
@Module({
  imports: [LibraryModule, LibraryReadsModule, TagFilesModule],
  controllers: [AnalysisController, LastfmTagsController],
  providers: [
    AudioAnalysis,
    TrackAnalyses,
    AnalysisRequests,
    AnalyseTrackStep,
    AnalyseNewTracks,
    TempoKeyWriting,
    LastfmTagStore,
    LastfmTagSync,
    LastfmTagsSchedule,
  ],
  exports: [AnalysisRequests],
})
export class AnalysisModule {}
