import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { OUTPUT_FORMATS, type OutputFormat, type SearchPreferences, type SearchRequest } from '@app/contracts';
import { IsOptionalUnlessNull, PLAIN_TEXT, trimString } from '@app/platform';

export const MAX_SEARCH_LENGTH = 500;
/** A version as the questions name it: "studio", "live", "live:madrid". */
const VERSION_ID = /^[a-z0-9-]{1,20}(?::[\p{L}\p{N} '’.&-]{1,40})?$/u;

export class PreferencesBody implements SearchPreferences {
  @ApiPropertyOptional({ example: 'studio', description: 'studio, live, acoustic, remix…' })
  @IsOptionalUnlessNull()
  @Matches(VERSION_ID, { message: 'version must be a version such as studio, live or acoustic' })
  @IsString()
  version?: string;

  @ApiPropertyOptional({ enum: ['track', 'album'] })
  @IsOptionalUnlessNull()
  @IsIn(['track', 'album'], { message: 'kind must be track or album' })
  kind?: 'track' | 'album';

  @ApiPropertyOptional({ enum: OUTPUT_FORMATS })
  @IsOptionalUnlessNull()
  @IsIn(OUTPUT_FORMATS, { message: `format must be one of ${OUTPUT_FORMATS.join(', ')}` })
  format?: OutputFormat;
}

export class AnswersBody implements Record<string, string | undefined> {
  [key: string]: string | undefined;

  @ApiPropertyOptional({ example: 'live:madrid', description: 'An option id of the "version" question' })
  @IsOptionalUnlessNull()
  @Matches(VERSION_ID, { message: 'version must be an option id of the version question' })
  @IsString()
  version?: string;

  @ApiPropertyOptional({ enum: ['track', 'album'] })
  @IsOptionalUnlessNull()
  @IsIn(['track', 'album'], { message: 'kind must be track or album' })
  kind?: 'track' | 'album';
}

export class SearchBody implements SearchRequest {
  @ApiProperty({ example: 'the acoustic version of numb from around 2004, in flac', maxLength: MAX_SEARCH_LENGTH })
  @Transform(trimString)
  @Matches(PLAIN_TEXT, { message: 'query must not contain control characters or unpaired surrogates' })
  @MaxLength(MAX_SEARCH_LENGTH)
  @IsNotEmpty()
  @IsString()
  query!: string;

  @ApiPropertyOptional({ type: PreferencesBody, description: "Overrides the caller's remembered preferences" })
  @IsOptionalUnlessNull()
  @ValidateNested()
  @IsObject()
  @Type(() => PreferencesBody)
  preferences?: PreferencesBody;

  @ApiPropertyOptional({ type: AnswersBody, description: 'Answers to the questions of an earlier answer' })
  @IsOptionalUnlessNull()
  @ValidateNested()
  @IsObject()
  @Type(() => AnswersBody)
  answers?: AnswersBody;

  @ApiPropertyOptional({ description: 'Skip the questions: take every default' })
  @IsOptionalUnlessNull()
  @IsBoolean()
  skip?: boolean;

  @ApiPropertyOptional({ description: "Remember the answers as the caller's preferences" })
  @IsOptionalUnlessNull()
  @IsBoolean()
  remember?: boolean;
}

/** `PUT /api/v1/search/preferences`: a key set to null is forgotten, a key left out is kept. */
export class UpdatePreferencesBody {
  @ApiPropertyOptional({ nullable: true, example: 'studio' })
  @ValidateIf((_o, value) => value !== undefined && value !== null)
  @Matches(VERSION_ID, { message: 'version must be a version such as studio, live or acoustic' })
  @IsString()
  version?: string | null;

  @ApiPropertyOptional({ nullable: true, enum: ['track', 'album'] })
  @ValidateIf((_o, value) => value !== undefined && value !== null)
  @IsIn(['track', 'album'], { message: 'kind must be track or album' })
  kind?: 'track' | 'album' | null;

  @ApiPropertyOptional({ nullable: true, enum: OUTPUT_FORMATS })
  @ValidateIf((_o, value) => value !== undefined && value !== null)
  @IsIn(OUTPUT_FORMATS, { message: `format must be one of ${OUTPUT_FORMATS.join(', ')}` })
  format?: OutputFormat | null;
}
