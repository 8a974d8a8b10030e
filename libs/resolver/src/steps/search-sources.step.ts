import { CandidateStage, JobState } from '@app/contracts';
import { type KeptSource, PermanentError, type RecordingCandidate } from '@app/core';
import {
  chosenPayload,
  type JobData,
  type PipelineStep,
  type StepContext,
  StepHandler,
  type StepOutcome,
} from '@app/jobs';
import { isChosenRecording } from '../identity/chosen-recording.js';
import { toCandidateInput } from '../identity/to-candidate.js';
import { keptSources } from '../sources/kept-sources.js';
import { SourceFinder } from '../sources/source-finder.service.js';

export { SOURCES_KEPT } from '../sources/kept-sources.js';

/** SEARCHING: ranked audio sources for the chosen recording (or the URL the request gave). */
@StepHandler(JobState.Searching)
export class SearchSourcesStep implements PipelineStep {
  constructor(private readonly finder: SourceFinder) {}

  async run(ctx: StepContext): Promise<StepOutcome> {
    const data = ctx.job.data;
    if (data.sourceUrl !== undefined) {
      const source: KeptSource = {
        provider: 'url',
        id: data.sourceUrl,
        url: data.sourceUrl,
        title: data.sourceUrl,
        kind: 'unknown',
      };
      return {
        next: JobState.Downloading,
        reason: 'Downloading the given URL',
        data: { ...data, sources: [source], sourceIndex: 0 },
      };
    }
    const recording = chosenRecording(data);
    const search = await this.finder.find(recording, ctx.signal);
    const kept = keptSources(search);
    if (!kept) {
      const closest = search.ranked[0];
      const why = closest ? `; the closest, ${closest.label}: ${closest.reasons.slice(0, 2).join(', ')}` : '';
      throw new PermanentError(
        `No audio source at ${search.asked.join(', ')} is close enough to ${label(recording)}${why}`,
      );
    }
    return {
      next: JobState.Downloading,
      reason: kept.reason,
      data: { ...data, recording, sources: kept.sources, sourceIndex: 0, sourceFailures: search.failures },
      candidates: search.ranked
        .slice(0, 10)
        .map((s) => toCandidateInput(CandidateStage.Source, s, s.candidate.provider)),
    };
  }
}

/** The recording chosen by a person (input) or by the resolver. */
function chosenRecording(data: Readonly<JobData>): RecordingCandidate {
  const chosen = chosenPayload(data, CandidateStage.Intent);
  const recording = chosen ? (isChosenRecording(chosen) ? chosen : undefined) : data.recording;
  if (!recording?.title || !Array.isArray(recording.artists)) {
    throw new PermanentError('SEARCHING needs a chosen recording, and this job has none');
  }
  return recording;
}

const label = (r: RecordingCandidate) => `'${r.title}' by ${r.artists.join(', ')}`;
