import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MIXTAPE_FORMATS, type ListenSource, type MixtapeFormat } from '@app/contracts';
import { MAX_OUTLIERS } from '../../aggregate/outlier-ranking.js';

const SOURCES: ListenSource[] = [
  'listenbrainz-api',
  'jellyfin',
  'player',
  'listenbrainz-import',
  'lastfm-import',
  'file',
];
const WEEK = 'An ISO week in the listener’s time zone, YYYY-WW (default: the running week)';
const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\s*\d{1,9}\s*$/.test(value) ? Number(value) : value;

export class ListenerQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "Default: the signed-in user's listener" })
  @IsOptional()
  @IsUUID('all', { message: 'listenerId must be a listener id (UUID)' })
  listenerId?: string;
}

export class WindowQuery extends ListenerQuery {
  @ApiPropertyOptional({ example: '12w', description: 'Weeks up to the running one, 1w–104w' })
  @IsOptional()
  @IsString({ message: 'window must be a number of weeks such as 12w' })
  @MaxLength(8, { message: 'window must be a number of weeks such as 12w' })
  window?: string;
}

export class RadarQuery extends ListenerQuery {
  @ApiPropertyOptional({ example: '2026-49', description: WEEK })
  @IsOptional()
  @IsString({ message: 'week must be an ISO week as YYYY-WW' })
  @MaxLength(16, { message: 'week must be an ISO week as YYYY-WW' })
  week?: string;

  @ApiPropertyOptional({ example: '2026-40', description: 'A second week to compare with' })
  @IsOptional()
  @IsString({ message: 'compare must be an ISO week as YYYY-WW' })
  @MaxLength(16, { message: 'compare must be an ISO week as YYYY-WW' })
  compare?: string;
}

export class MoodsQuery extends WindowQuery {
  @ApiPropertyOptional({ description: 'Only listens of this artist (case-insensitive)' })
  @IsOptional()
  @IsString({ message: 'artist must be text' })
  @MaxLength(500, { message: 'artist must not be longer than 500 characters' })
  artist?: string;

  @ApiPropertyOptional({ enum: SOURCES, description: 'Only listens that came this way' })
  @IsOptional()
  @IsIn(SOURCES, { message: `source must be one of ${SOURCES.join(', ')}` })
  source?: ListenSource;
}

export class OutliersQuery extends ListenerQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 10 })
  @IsOptional()
  @Transform(toInteger)
  @Max(MAX_OUTLIERS, { message: `limit must be a whole number from 1 to ${MAX_OUTLIERS}` })
  @Min(1, { message: `limit must be a whole number from 1 to ${MAX_OUTLIERS}` })
  @IsInt({ message: `limit must be a whole number from 1 to ${MAX_OUTLIERS}` })
  limit?: number;
}

export class MixtapeQuery extends ListenerQuery {
  @ApiPropertyOptional({ example: '2026-49', description: WEEK })
  @IsOptional()
  @IsString({ message: 'week must be an ISO week as YYYY-WW' })
  @MaxLength(16, { message: 'week must be an ISO week as YYYY-WW' })
  week?: string;
}

export class MixtapeExportQuery extends MixtapeQuery {
  @ApiPropertyOptional({ enum: MIXTAPE_FORMATS, default: 'm3u8' })
  @IsOptional()
  @IsIn(MIXTAPE_FORMATS, { message: `format must be one of ${MIXTAPE_FORMATS.join(', ')}` })
  format?: MixtapeFormat;
}
