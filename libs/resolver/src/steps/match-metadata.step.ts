import { CandidateStage, JobState } from '@app/contracts';
import { PermanentError, type RecordingCandidate } from '@app/core';
import { type PipelineStep, type StepContext, StepHandler, type StepOutcome } from '@app/jobs';
import { toCandidateInput } from '../identity/to-candidate.js';
import { MetadataMatcher } from '../metadata/metadata-matcher.service.js';
import { metadataFrom } from '../metadata/track-metadata.js';

/**
 * MATCHING_METADATA: canonical metadata for the file. Sure → TAGGING; unsure → USER_METADATA_SELECTION with
 * the MusicBrainz candidates and, as the last choice, the metadata as the source provider gave it.
 */
@StepHandler(JobState.MatchingMetadata)
export class MatchMetadataStep implements PipelineStep {
  constructor(private readonly matcher: MetadataMatcher) {}

  async run(ctx: StepContext): Promise<StepOutcome> {
    const data = ctx.job.data;
    const recording = data['recording'] as RecordingCandidate | undefined;
    if (!recording?.title)
      throw new PermanentError('MATCHING_METADATA needs the recording chosen earlier, and this job has none');
    const match = await this.matcher.match(recording, ctx.signal);
    if (match.metadata) {
      const { metadata, notes } = await this.matcher.enrich(match.metadata, recording.durationMs, ctx.signal);
      const reason = notes.length ? `${match.reason} (${notes.join('; ')})` : match.reason;
      return { next: JobState.Tagging, reason, data: { ...data, metadata } };
    }
    const offered = match.ranked.slice(0, 5).map((s) => {
      const input = toCandidateInput(CandidateStage.Metadata, s, 'musicbrainz');
      return { ...input, payload: { ...metadataFrom({ ...recording, ...s.candidate }), label: s.label } };
    });
    const asFound = {
      stage: CandidateStage.Metadata,
      provider: recording.provider,
      score: 0,
      reasons: ['keep the metadata as the source provider gave it'],
      payload: { ...metadataFrom(recording), label: 'as found' },
    };
    return { next: JobState.UserMetadataSelection, reason: match.reason, data, candidates: [...offered, asFound] };
  }
}
