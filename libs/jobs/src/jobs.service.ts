import { Injectable } from '@nestjs/common';
import type { CandidateDto, CandidateStage, JobDto, JobEventDto, ListJobsQuery, Page } from '@app/contracts';
import { JobStateMachine, type NewJob } from './engine/job-state-machine.service.js';
import { toCandidateDto, toJobDto, toJobEventDto } from './job.mapper.js';
import { JobRepository } from './job.repository.js';

/** What the API (and other modules) may do with jobs; every write goes through the state machine. */
@Injectable()
export class JobsService {
  constructor(
    private readonly machine: JobStateMachine,
    private readonly jobs: JobRepository,
  ) {}

  async create(request: NewJob, idempotencyKey?: string): Promise<{ job: JobDto; created: boolean }> {
    const { job, created } = await this.machine.create(request, idempotencyKey);
    return { job: await this.machine.toDto(job), created };
  }

  async get(id: string): Promise<JobDto> {
    return this.machine.toDto(await this.machine.get(id));
  }

  async list(query: ListJobsQuery): Promise<Page<JobDto>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const [records, totalRecords] = await this.jobs.list({ ...query, page, pageSize });
    return { page, pageSize, totalRecords, records: records.map((job) => toJobDto(job)) };
  }

  async history(id: string): Promise<JobEventDto[]> {
    await this.machine.get(id);
    return (await this.jobs.history(id)).map(toJobEventDto);
  }

  /** The candidates a job's steps offered (every stage, or one), best first within a stage. */
  async candidates(id: string, stage?: CandidateStage): Promise<CandidateDto[]> {
    return (await this.jobs.candidates(id, stage)).map(toCandidateDto);
  }

  async input(id: string, choice: number | string): Promise<JobDto> {
    return this.machine.toDto(await this.machine.submitInput(id, choice));
  }

  async cancel(id: string): Promise<JobDto> {
    return this.machine.toDto(await this.machine.cancel(id));
  }

  async retry(id: string): Promise<JobDto> {
    return this.machine.toDto(await this.machine.retry(id));
  }
}
