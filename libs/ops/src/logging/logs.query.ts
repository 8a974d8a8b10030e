import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { LOG_LINE_LEVELS, type LogLineLevel } from './log-line.js';

export const MAX_LOG_LINES = 1000;

const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\s*\d{1,9}\s*$/.test(value) ? Number(value) : value;

export class LogsQueryDto {
  @ApiPropertyOptional({ enum: LOG_LINE_LEVELS, description: 'This level and the more severe ones' })
  @IsOptional()
  @IsIn(LOG_LINE_LEVELS, { message: `level must be one of ${LOG_LINE_LEVELS.join(', ')}` })
  level?: LogLineLevel;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_LOG_LINES, default: 200 })
  @IsOptional()
  @Transform(toInteger)
  @Max(MAX_LOG_LINES)
  @Min(1)
  @IsInt()
  limit?: number;

  @ApiPropertyOptional({ description: "Only the lines written while this job's steps ran" })
  @IsOptional()
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
    message: 'jobId must be a job id (UUID)',
  })
  @IsString()
  jobId?: string;
}
