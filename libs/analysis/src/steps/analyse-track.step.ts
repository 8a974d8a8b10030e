import { JobState } from '@app/contracts';
import { NotFoundError, PermanentError } from '@app/core';
import { type PipelineStep, type StepContext, StepHandler, type StepOutcome } from '@app/jobs';
import { LibraryTracks } from '@app/library';
import { AudioAnalysis } from '../extract/audio-analysis.service.js';
import { TrackAnalyses } from '../store/track-analyses.js';
import { TempoKeyWriting } from '../tags/tempo-key-writing.js';

/** ANALYSING: measures one library track's audio (the job's query is the track id) and stores the result. */
@StepHandler(JobState.Analysing)
export class AnalyseTrackStep implements PipelineStep {
  constructor(
    private readonly tracks: LibraryTracks,
    private readonly analysis: AudioAnalysis,
    private readonly results: TrackAnalyses,
    private readonly tagWriting: TempoKeyWriting,
  ) {}

  async run(ctx: StepContext): Promise<StepOutcome> {
    const trackId = ctx.job.query;
    const track = await this.tracks.locate(trackId).catch((error: Error) => {
      // A track removed from the library (or its file) will not come back by retrying.
      throw error instanceof NotFoundError ? new PermanentError(error.message, { cause: error }) : error;
    });
    ctx.progress(0.1);
    const seconds = track.durationMs === null ? undefined : track.durationMs / 1000;
    const features = await this.analysis.analyse(track.file, seconds, ctx.signal);
    const version = this.analysis.version;
    const tagged = await this.tagWriting.write(track.file, features);
    const measured = `${Math.round(features.bpm)} BPM, ${features.key} ${features.scale}, ${features.loudnessLufs} LUFS`;
    return {
      next: JobState.Finalized,
      reason: `Analysed: ${measured}${tagged ? `; ${tagged}` : ''}`,
      result: { trackId, analyserVersion: version, bpm: features.bpm, key: `${features.key} ${features.scale}` },
      persist: (manager) => this.results.saveIn(manager, trackId, version, features, Date.now()),
    };
  }
}
