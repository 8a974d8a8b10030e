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
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { type CreateJobRequest, JobKind, type JobOptions, OUTPUT_FORMATS, type OutputFormat } from '@app/contracts';

export const MAX_QUERY_LENGTH = 2000;

/** Control characters (tab and line breaks aside) and unpaired surrogates are not text anyone typed. */
const PLAIN_TEXT = /^[^\0-\x08\x0b\x0c\x0e-\x1f\x7f\p{Cs}]*$/u;

/** Optional means "left out": an explicit null is a wrong type like any other. */
const IsOptionalUnlessNull = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

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
  @Transform(trim)
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
