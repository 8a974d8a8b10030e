import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { type CreateJobRequest, JobKind, type JobOptions, OUTPUT_FORMATS, type OutputFormat } from '@app/contracts';
import { IsOptionalUnlessNull, PLAIN_TEXT, trimString } from '@app/platform';

export const MAX_QUERY_LENGTH = 2000;

export class JobOptionsDto implements JobOptions {
  @ApiPropertyOptional({ description: 'Pause for a choice even when the match is strong' })
  @IsOptionalUnlessNull()
  @IsBoolean()
  ask?: boolean;

  @ApiPropertyOptional({
    enum: OUTPUT_FORMATS,
    description: 'Output format for this job; the server setting otherwise',
  })
  @IsOptionalUnlessNull()
  @IsIn(OUTPUT_FORMATS, { message: `format must be one of ${OUTPUT_FORMATS.join(', ')}` })
  format?: OutputFormat;

  @ApiPropertyOptional({
    description: 'Fetch a link to a channel, or to a playlist of more than 200 entries, as one job per entry',
  })
  @IsOptionalUnlessNull()
  @IsBoolean()
  allowLarge?: boolean;
}

export class CreateJobDto implements CreateJobRequest {
  @ApiProperty({
    description: 'What to fetch: a title and artist, a URL, an album…; surrounding spaces are removed',
    minLength: 1,
    maxLength: MAX_QUERY_LENGTH,
    example: 'numb linkin park',
  })
  @Transform(trimString)
  @Matches(PLAIN_TEXT, { message: 'query must not contain control characters or unpaired surrogates' })
  @MaxLength(MAX_QUERY_LENGTH)
  @IsNotEmpty()
  @IsString()
  query!: string;

  @ApiPropertyOptional({ enum: JobKind, enumName: 'JobKind', default: JobKind.Track })
  @IsOptionalUnlessNull()
  @IsEnum(JobKind)
  kind?: JobKind;

  @ApiPropertyOptional({ type: JobOptionsDto })
  @IsOptionalUnlessNull()
  @ValidateNested()
  @IsObject()
  @Type(() => JobOptionsDto)
  options?: JobOptionsDto;
}
