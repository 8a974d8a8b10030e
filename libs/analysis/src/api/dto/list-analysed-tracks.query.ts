import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, Matches, Max, Min } from 'class-validator';
import { ANALYSIS_SORT_KEYS, type AnalysisSortKey, type ListAnalysedTracksQuery } from '@app/contracts';

export const MAX_PAGE_SIZE = 500;

const toNumber = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;

/** Keys as the analyser names them: a tonic (with # or b) and major or minor. */
const KEY = /^[A-G][#b]? (major|minor)$/i;

export class ListAnalysedTracksQueryDto implements ListAnalysedTracksQuery {
  @ApiPropertyOptional({ description: 'Lowest BPM (inclusive)' })
  @IsOptional()
  @Transform(toNumber)
  @IsNumber({}, { message: 'bpmMin must be a number' })
  @Min(0, { message: 'bpmMin must be from 0 to 400' })
  @Max(400, { message: 'bpmMin must be from 0 to 400' })
  bpmMin?: number;

  @ApiPropertyOptional({ description: 'Highest BPM (inclusive)' })
  @IsOptional()
  @Transform(toNumber)
  @IsNumber({}, { message: 'bpmMax must be a number' })
  @Min(0, { message: 'bpmMax must be from 0 to 400' })
  @Max(400, { message: 'bpmMax must be from 0 to 400' })
  bpmMax?: number;

  @ApiPropertyOptional({ description: 'Key and scale, e.g. `A minor` or `F# major`' })
  @IsOptional()
  @Matches(KEY, { message: 'key must be a tonic and a scale, e.g. "A minor" or "F# major"' })
  key?: string;

  @ApiPropertyOptional({ description: 'Lowest energy (0..1)' })
  @IsOptional()
  @Transform(toNumber)
  @IsNumber({}, { message: 'energyMin must be a number' })
  @Min(0, { message: 'energyMin must be from 0 to 1' })
  @Max(1, { message: 'energyMin must be from 0 to 1' })
  energyMin?: number;

  @ApiPropertyOptional({ description: 'Highest energy (0..1)' })
  @IsOptional()
  @Transform(toNumber)
  @IsNumber({}, { message: 'energyMax must be a number' })
  @Min(0, { message: 'energyMax must be from 0 to 1' })
  @Max(1, { message: 'energyMax must be from 0 to 1' })
  energyMax?: number;

  @ApiPropertyOptional({ enum: ANALYSIS_SORT_KEYS, default: 'bpm' })
  @IsOptional()
  @IsIn(ANALYSIS_SORT_KEYS, { message: `sortKey must be one of ${ANALYSIS_SORT_KEYS.join(', ')}` })
  sortKey?: AnalysisSortKey;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'], { message: 'sortDirection must be asc or desc' })
  sortDirection?: 'asc' | 'desc';

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Transform(toNumber)
  @IsInt({ message: 'page must be a whole number from 1' })
  @Min(1, { message: 'page must be a whole number from 1' })
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  @IsOptional()
  @Transform(toNumber)
  @IsInt({ message: `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}` })
  @Min(1, { message: `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}` })
  @Max(MAX_PAGE_SIZE, { message: `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}` })
  pageSize?: number;
}
