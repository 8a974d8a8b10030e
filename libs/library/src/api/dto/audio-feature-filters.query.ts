import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNumber, IsOptional, Matches, Max, Min } from 'class-validator';
import type { AudioFeatureFilters } from '@app/contracts';

const toNumber = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;

/** Keys as the analyser names them: a tonic (with # or b) and major or minor. */
const KEY = /^[A-G][#b]? (major|minor)$/i;

const range = (field: string, max: number) => ({ message: `${field} must be from 0 to ${max}` });

/**
 * `?bpmMin=&bpmMax=&key=&energyMin=&energyMax=` on a track list: tracks with an analysis in those ranges. Each
 * field is checked on its own, so a 400 names the one that is wrong.
 */
export class AudioFeatureFiltersQueryDto implements AudioFeatureFilters {
  @ApiPropertyOptional({ description: 'Lowest BPM (inclusive); only analysed tracks' })
  @IsOptional()
  @Transform(toNumber)
  @IsNumber({}, { message: 'bpmMin must be a number' })
  @Min(0, range('bpmMin', 400))
  @Max(400, range('bpmMin', 400))
  bpmMin?: number;

  @ApiPropertyOptional({ description: 'Highest BPM (inclusive); only analysed tracks' })
  @IsOptional()
  @Transform(toNumber)
  @IsNumber({}, { message: 'bpmMax must be a number' })
  @Min(0, range('bpmMax', 400))
  @Max(400, range('bpmMax', 400))
  bpmMax?: number;

  @ApiPropertyOptional({ description: 'Key and scale, e.g. `A minor` or `F# major` (case-insensitive)' })
  @IsOptional()
  @Matches(KEY, { message: 'key must be a tonic and a scale, e.g. "A minor" or "F# major"' })
  key?: string;

  @ApiPropertyOptional({ description: 'Lowest energy (0..1); only analysed tracks' })
  @IsOptional()
  @Transform(toNumber)
  @IsNumber({}, { message: 'energyMin must be a number' })
  @Min(0, range('energyMin', 1))
  @Max(1, range('energyMin', 1))
  energyMin?: number;

  @ApiPropertyOptional({ description: 'Highest energy (0..1); only analysed tracks' })
  @IsOptional()
  @Transform(toNumber)
  @IsNumber({}, { message: 'energyMax must be a number' })
  @Min(0, range('energyMax', 1))
  @Max(1, range('energyMax', 1))
  energyMax?: number;
}
