import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  LIBRARY_SORT_KEYS,
  type LibrarySortKey,
  type ListLibraryTracksQuery,
  SORT_DIRECTIONS,
  type SortDirection,
} from '@app/contracts';
import { AUDIO_FORMATS, type AudioFormat } from '@app/tagger';
import { AudioFeatureFiltersQueryDto } from './audio-feature-filters.query.js';
import { PLAIN_TEXT } from '@app/platform';

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;
const MAX_TEXT = 1000;

const emptyIsAbsent = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\s*\d{1,9}\s*$/.test(value) ? Number(value) : value;

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

/** Lidarr's clients send `ascending` / `descending`. */
const toDirection = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ({ ascending: 'asc', descending: 'desc' }[value.toLowerCase()] ?? value) : value;

const textMessage = (field: string) => ({ message: `${field} must not contain control characters` });

export class ListLibraryTracksQueryDto extends AudioFeatureFiltersQueryDto implements ListLibraryTracksQuery {
  @ApiPropertyOptional({ description: 'Text the title, artist or album contains (case-insensitive)' })
  @IsOptional()
  @Transform(emptyIsAbsent)
  @Matches(PLAIN_TEXT, textMessage('search'))
  @MaxLength(MAX_TEXT)
  @IsString()
  search?: string;

  @ApiPropertyOptional({ description: 'Exact artist (case-insensitive)' })
  @IsOptional()
  @Transform(emptyIsAbsent)
  @Matches(PLAIN_TEXT, textMessage('artist'))
  @MaxLength(MAX_TEXT)
  @IsString()
  artist?: string;

  @ApiPropertyOptional({ description: 'Exact album (case-insensitive)' })
  @IsOptional()
  @Transform(emptyIsAbsent)
  @Matches(PLAIN_TEXT, textMessage('album'))
  @MaxLength(MAX_TEXT)
  @IsString()
  album?: string;

  @ApiPropertyOptional({ enum: AUDIO_FORMATS })
  @IsOptional()
  @IsIn(AUDIO_FORMATS, { message: `format must be one of ${AUDIO_FORMATS.join(', ')}` })
  format?: AudioFormat;

  @ApiPropertyOptional({ type: Boolean, description: 'Only tracks with (true) or without (false) a recording MBID' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'hasMusicBrainzId must be true or false' })
  hasMusicBrainzId?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'Only tracks with (true) or without (false) an embedded cover' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'hasCover must be true or false' })
  hasCover?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the tracks stored by this job' })
  @IsOptional()
  @IsUUID('all', { message: 'jobId must be a UUID' })
  jobId?: string;

  @ApiPropertyOptional({ enum: LIBRARY_SORT_KEYS, default: 'artist' })
  @IsOptional()
  @IsIn(LIBRARY_SORT_KEYS, { message: `sortKey must be one of ${LIBRARY_SORT_KEYS.join(', ')}` })
  sortKey?: LibrarySortKey;

  @ApiPropertyOptional({ enum: SORT_DIRECTIONS, default: 'asc', description: '`ascending`/`descending` work too' })
  @IsOptional()
  @Transform(toDirection)
  @IsIn(SORT_DIRECTIONS, { message: 'sortDirection must be asc or desc' })
  sortDirection?: SortDirection;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, default: 1 })
  @IsOptional()
  @Transform(toInteger)
  @Max(1_000_000)
  @Min(1)
  @IsInt({ message: 'page must be a whole number from 1' })
  page?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Transform(toInteger)
  @Max(MAX_PAGE_SIZE)
  @Min(1)
  @IsInt({ message: `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}` })
  pageSize?: number;
}
