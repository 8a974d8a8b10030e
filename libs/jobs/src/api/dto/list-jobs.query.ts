import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { JobKind, JobState, JobStatus, type ListJobsQuery } from '@app/contracts';

export const MAX_PAGE_SIZE = 500;

/** `?status=a,b` and `?status=a&status=b` both become a list. */
const toList = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value])
    .flatMap((item: unknown) => (typeof item === 'string' ? item.split(',') : [item]))
    .map((item: unknown) => (typeof item === 'string' ? item.trim() : item))
    .filter((item: unknown) => item !== '');

const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\s*\d{1,9}\s*$/.test(value) ? Number(value) : value;

export class ListJobsQueryDto implements ListJobsQuery {
  @ApiPropertyOptional({ enum: JobStatus, isArray: true, description: 'One status or a comma-separated list' })
  @IsOptional()
  @Transform(toList)
  @IsEnum(JobStatus, { each: true })
  status?: JobStatus[];

  @ApiPropertyOptional({ enum: JobState, isArray: true, description: 'One state or a comma-separated list' })
  @IsOptional()
  @Transform(toList)
  @IsEnum(JobState, { each: true })
  state?: JobState[];

  @ApiPropertyOptional({ enum: JobKind })
  @IsOptional()
  @IsEnum(JobKind)
  kind?: JobKind;

  @ApiPropertyOptional({ description: 'Text the query contains (case-insensitive)', maxLength: 2000 })
  @IsOptional()
  @MaxLength(2000)
  @IsString()
  q?: string;

  @ApiPropertyOptional({
    description: "Only this job's children (an album's or list's tracks); `none`: only top-level jobs",
  })
  @IsOptional()
  @Matches(/^(none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, {
    message: 'parentId must be a job id (UUID) or none',
  })
  @IsString()
  parentId?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, default: 1 })
  @IsOptional()
  @Transform(toInteger)
  @Max(1_000_000)
  @Min(1)
  @IsInt()
  page?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @Transform(toInteger)
  @Max(MAX_PAGE_SIZE)
  @Min(1)
  @IsInt()
  pageSize?: number;
}
