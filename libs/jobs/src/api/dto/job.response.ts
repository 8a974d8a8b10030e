import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CandidateDto,
  CandidateStage,
  type JobDto,
  type JobChildDto,
  type JobErrorDto,
  type JobEventDto,
  JobEventType,
  JobKind,
  type JobProgressDto,
  JobState,
  JobStatus,
  type Page,
} from '@app/contracts';
import { JobOptionsDto } from './create-job.dto.js';

const anyObject = { type: 'object', additionalProperties: true } as const;

export class CandidateResponse implements CandidateDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Position in the list; the value to send as `choice`' }) index!: number;
  @ApiProperty({ enum: CandidateStage, enumName: 'CandidateStage' }) stage!: CandidateStage;
  @ApiProperty() provider!: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) score!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) scoreParts!: Record<string, number>;
  @ApiProperty({ type: [String] }) reasons!: string[];
  @ApiProperty(anyObject) payload!: Record<string, unknown>;
}

export class JobErrorResponse implements JobErrorDto {
  @ApiProperty() code!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ enum: JobState, enumName: 'JobState' }) state!: JobState;
  @ApiProperty() retryable!: boolean;
}

export class JobProgressResponse implements JobProgressDto {
  @ApiProperty({ minimum: 0, maximum: 1 }) fraction!: number;
  @ApiPropertyOptional(anyObject) detail?: Record<string, unknown>;
}

export class JobChildResponse implements JobChildDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() query!: string;
  @ApiProperty({ enum: JobState, enumName: 'JobState' }) state!: JobState;
  @ApiProperty({ enum: JobStatus, enumName: 'JobStatus' }) status!: JobStatus;
  @ApiProperty({ minimum: 0, maximum: 1 }) progress!: number;
}

export class JobResponse implements JobDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: JobKind, enumName: 'JobKind' }) kind!: JobKind;
  @ApiProperty() query!: string;
  @ApiProperty({ type: JobOptionsDto }) options!: JobOptionsDto;
  @ApiProperty({ enum: JobStatus, enumName: 'JobStatus' }) status!: JobStatus;
  @ApiProperty({ enum: JobState, enumName: 'JobState' }) state!: JobState;
  @ApiProperty({ type: JobProgressResponse }) progress!: JobProgressResponse;
  @ApiPropertyOptional({ type: [CandidateResponse], description: 'Present while the job waits for a choice' })
  candidates?: CandidateResponse[];
  @ApiProperty({ ...anyObject, nullable: true }) result!: Record<string, unknown> | null;
  @ApiProperty({ type: JobErrorResponse, nullable: true }) error!: JobErrorResponse | null;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) nextRunAt!: string | null;
  @ApiPropertyOptional({ type: [JobChildResponse], description: "An album or list job's track jobs (GET /jobs/:id)" })
  children?: JobChildResponse[];
}

export class JobPageResponse implements Page<JobDto> {
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() totalRecords!: number;
  @ApiProperty({ type: [JobResponse] }) records!: JobResponse[];
}

export class JobEventResponse implements JobEventDto {
  @ApiProperty() id!: number;
  @ApiProperty({ enum: JobEventType, enumName: 'JobEventType' }) type!: JobEventType;
  @ApiProperty({ enum: JobState, enumName: 'JobState', nullable: true }) from!: JobState | null;
  @ApiProperty({ enum: JobState, enumName: 'JobState' }) to!: JobState;
  @ApiProperty() reason!: string;
  @ApiProperty({ ...anyObject, nullable: true }) data!: Record<string, unknown> | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}
