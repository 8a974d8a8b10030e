import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type JobDto, type JobEventDto, type Page } from '@app/contracts';
import { JobsService } from '../jobs.service.js';
import { ApiErrors } from './api-errors.decorator.js';
import { CreateJobDto } from './dto/create-job.dto.js';
import { JobIdParams } from './dto/job-id.params.js';
import { JobInputDto } from './dto/job-input.dto.js';
import { JobEventResponse, JobPageResponse, JobResponse } from './dto/job.response.js';
import { ListJobsQueryDto } from './dto/list-jobs.query.js';
import { IdempotencyKey } from './idempotency-key.decorator.js';

/** The seed job API, at `/api/v1/jobs` and, unchanged, at the bare `/jobs`. */
@ApiTags('jobs')
@Controller([`${ApiRoutes.prefix}/${ApiRoutes.jobs}`, ApiRoutes.jobs])
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Post()
  @ApiOperation({ summary: 'Request a job; repeating it with the same Idempotency-Key returns the first job' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '1 to 255 printable ASCII characters' })
  @ApiCreatedResponse({ type: JobResponse })
  @ApiErrors(400, 413, 422)
  async create(@Body() body: CreateJobDto, @IdempotencyKey() key: string | undefined): Promise<JobDto> {
    return (await this.jobs.create(body, key)).job;
  }

  @Get()
  @ApiOperation({ summary: 'List jobs, newest first' })
  @ApiOkResponse({ type: JobPageResponse })
  @ApiErrors(400)
  list(@Query() query: ListJobsQueryDto): Promise<Page<JobDto>> {
    return this.jobs.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A job, with its candidates while it waits for a choice' })
  @ApiOkResponse({ type: JobResponse })
  @ApiErrors(400, 404)
  get(@Param() { id }: JobIdParams): Promise<JobDto> {
    return this.jobs.get(id);
  }

  @Post(':id/input')
  @HttpCode(200)
  @ApiOperation({ summary: 'Choose one of the candidates of a waiting job' })
  @ApiOkResponse({ type: JobResponse })
  @ApiErrors(400, 404, 409)
  input(@Param() { id }: JobIdParams, @Body() body: JobInputDto): Promise<JobDto> {
    return this.jobs.input(id, body.choice);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel an unfinished job; cancelling it again changes nothing' })
  @ApiOkResponse({ type: JobResponse })
  @ApiErrors(400, 404, 409)
  cancel(@Param() { id }: JobIdParams): Promise<JobDto> {
    return this.jobs.cancel(id);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a failed job back to the step it failed in' })
  @ApiOkResponse({ type: JobResponse })
  @ApiErrors(400, 404, 409)
  retry(@Param() { id }: JobIdParams): Promise<JobDto> {
    return this.jobs.retry(id);
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Every state change of a job, oldest first, with its reason' })
  @ApiOkResponse({ type: [JobEventResponse] })
  @ApiErrors(400, 404)
  history(@Param() { id }: JobIdParams): Promise<JobEventDto[]> {
    return this.jobs.history(id);
  }
}
