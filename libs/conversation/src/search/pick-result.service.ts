import { Injectable } from '@nestjs/common';
import { type JobDto, JobKind } from '@app/contracts';
import { NotFoundError } from '@app/core';
import { JobsService } from '@app/jobs';
import { SearchHistory } from './search-history.service.js';

/** A person's pick among the results they were shown starts the request job, in their preferred format. */
@Injectable()
export class PickResult {
  constructor(
    private readonly history: SearchHistory,
    private readonly jobs: JobsService,
  ) {}

  async pick(person: string, searchId: string, resultId: string): Promise<JobDto> {
    const answer = await this.history.answer(person, searchId);
    const result = answer.results.find((r) => r.id === resultId);
    if (!result) throw new NotFoundError(`Search ${searchId} has no result ${resultId}`);
    const { job } = await this.jobs.create({
      query: result.request.query,
      kind: result.request.kind === 'album' ? JobKind.Album : JobKind.Track,
      ...(answer.preferences.format && { options: { format: answer.preferences.format } }),
    });
    return job;
  }
}
