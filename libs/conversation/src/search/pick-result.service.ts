import { Injectable } from '@nestjs/common';
import { type JobDto, JobKind, JobState, type SearchResultDto } from '@app/contracts';
import { NotFoundError, type RecordingCandidate } from '@app/core';
import { JobsService, type NewJob } from '@app/jobs';
import { keptSources, SourceFinder } from '@app/resolver';
import { SearchHistory } from './search-history.service.js';

/**
 * A person's pick among the results they were shown starts the request job, in their preferred format. A song's
 * pick hands the job the recording the person saw and the sources found for it now, so the job starts downloading
 * at once instead of resolving and searching again.
 */
@Injectable()
export class PickResult {
  constructor(
    private readonly history: SearchHistory,
    private readonly jobs: JobsService,
    private readonly sources: SourceFinder,
  ) {}

  async pick(person: string, searchId: string, resultId: string): Promise<JobDto> {
    const { answer, recordings } = await this.history.seen(person, searchId);
    const result = answer.results.find((r) => r.id === resultId);
    if (!result) throw new NotFoundError(`Search ${searchId} has no result ${resultId}`);
    const recording = result.kind === 'track' ? recordings[resultId] : undefined;
    const { job } = await this.jobs.create({
      query: result.request.query,
      kind: result.request.kind === 'album' ? JobKind.Album : JobKind.Track,
      ...(answer.preferences.format && { options: { format: answer.preferences.format } }),
      ...(recording && (await this.startFrom(recording, searchId, result))),
    });
    return job;
  }

  /** DOWNLOADING with the sources found now; SEARCHING with the recording alone when none is close enough yet. */
  private async startFrom(
    recording: RecordingCandidate,
    searchId: string,
    result: SearchResultDto,
  ): Promise<Pick<NewJob, 'data' | 'start'>> {
    const picked = `Picked by a person from search ${searchId} (result ${result.id}: '${result.title}' by ${result.artists.join(', ')}, ${result.version})`;
    const search = await this.sources.find(recording);
    const kept = keptSources(search);
    const data = { recording, pickedFrom: { searchId, resultId: result.id }, sourceFailures: search.failures };
    if (!kept) {
      return {
        data,
        start: { state: JobState.Searching, reason: `${picked}; no source close enough yet, searching again` },
      };
    }
    return {
      data: { ...data, sources: kept.sources, sourceIndex: 0 },
      start: { state: JobState.Downloading, reason: `${picked}. ${kept.reason}` },
    };
  }
}
