import { Injectable } from '@nestjs/common';
import {
  type CandidateDto,
  type CandidateStage,
  type CreateListRequest,
  type CreateListResponse,
  type JobDto,
  type JobEventDto,
  type ListJobsQuery,
  type Page,
  JobKind,
} from '@app/contracts';
import { channelKind, UnprocessableError, ValidationError } from '@app/core';
import { SourceUrlPolicy } from '@app/platform';
import { JobCreation } from './engine/job-creation.js';
import { JobStateMachine } from './engine/job-state-machine.service.js';
import type { NewJob } from './engine/new-job.js';
import { toCandidateDto, toJobEventDto } from './job.mapper.js';
import { JobQueries } from './job-queries.repository.js';
import { toListJobs } from './parents/list-request.js';
import { RequestChecks } from './requests/request-checks.js';
import { JobViews } from './views/job-views.js';

const SOURCE_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

/** What the API (and other modules) may do with jobs; every write goes through the state machine. */
@Injectable()
export class JobsService {
  constructor(
    private readonly creation: JobCreation,
    private readonly machine: JobStateMachine,
    private readonly queries: JobQueries,
    private readonly views: JobViews,
    private readonly sourceUrls: SourceUrlPolicy,
    private readonly checks: RequestChecks,
  ) {}

  async create(request: NewJob, idempotencyKey?: string): Promise<{ job: JobDto; created: boolean }> {
    if (request.kind === JobKind.List) {
      throw new ValidationError('kind', 'a list job is made from its text: send it to POST /api/v1/lists');
    }
    refuseChannel(request);
    await this.refusePrivateUrl(request, 'query');
    const checked = await this.checks.run(request);
    const { job, created } = await this.creation.create(checked, idempotencyKey);
    return { job: await this.views.toDto(job), created };
  }

  /** A list job with one track job per usable entry, all created in one transaction. */
  async createList(request: CreateListRequest): Promise<CreateListResponse> {
    const { parent, children, parsed } = toListJobs(request);
    for (const child of children) {
      const line = child.data?.list?.line;
      await this.refusePrivateUrl(child, `text (line ${line})`);
    }
    const { job, children: created } = await this.creation.create(parent, undefined, children);
    return {
      job: await this.views.toDto(job, true),
      format: parsed.format,
      childIds: created.map((child) => child.id),
      skipped: parsed.skipped,
    };
  }

  /** A URL request is fetched by yt-dlp on the server: never from its own network unless allowed. */
  private async refusePrivateUrl(request: NewJob, field: string): Promise<void> {
    const kind = request.kind ?? JobKind.Track;
    if (kind !== JobKind.Track || !SOURCE_URL.test(request.query.trim())) return;
    const refusal = await this.sourceUrls.refusal(request.query, { whenUnresolvable: 'allow' });
    if (refusal) throw new UnprocessableError(`${field}: ${refusal}`, { details: { field } });
  }

  /** A job; an album or list job with its children. */
  async get(id: string): Promise<JobDto> {
    return this.views.toDto(await this.machine.get(id), true);
  }

  async list(query: ListJobsQuery): Promise<Page<JobDto>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const [records, totalRecords] = await this.queries.list({ ...query, page, pageSize });
    return { page, pageSize, totalRecords, records: await this.views.toDtos(records) };
  }

  async history(id: string): Promise<JobEventDto[]> {
    await this.machine.get(id);
    return (await this.queries.history(id)).map(toJobEventDto);
  }

  /** The candidates a job's steps offered (every stage, or one), best first within a stage. */
  async candidates(id: string, stage?: CandidateStage): Promise<CandidateDto[]> {
    return (await this.queries.candidates(id, stage)).map(toCandidateDto);
  }

  async input(id: string, choice: number | string): Promise<JobDto> {
    return this.views.toDto(await this.machine.submitInput(id, choice));
  }

  async cancel(id: string): Promise<JobDto> {
    return this.views.toDto(await this.machine.cancel(id), true);
  }

  async retry(id: string): Promise<JobDto> {
    return this.views.toDto(await this.machine.retry(id), true);
  }
}

/** A channel is everything someone ever uploaded: fetched only when the request says it means it. */
function refuseChannel(request: NewJob): void {
  const channel = channelKind(request.query);
  if (!channel || request.options?.allowLarge) return;
  throw new UnprocessableError(
    `query is a link to ${channel}, which would fetch every upload (one job each); ` +
      'set options.allowLarge to true to fetch it anyway, or link a single track or playlist',
  );
}
