import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { TRACK_PLAYS_SORTS, type TrackPlaysSort } from '@app/contracts';

const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\s*\d{1,9}\s*$/.test(value) ? Number(value) : value;

export class TrackPlaysQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000, default: 50 })
  @IsOptional()
  @Transform(toInteger)
  @Max(1000)
  @Min(1)
  @IsInt({ message: 'limit must be a whole number from 1 to 1000' })
  limit?: number;

  @ApiPropertyOptional({ enum: TRACK_PLAYS_SORTS, default: 'playCount' })
  @IsOptional()
  @IsIn(TRACK_PLAYS_SORTS, { message: `sort must be one of ${TRACK_PLAYS_SORTS.join(', ')}` })
  sort?: TrackPlaysSort;

  @ApiPropertyOptional({ format: 'uuid', description: "Default: the signed-in user's listener, else everyone's" })
  @IsOptional()
  @IsUUID('all', { message: 'listenerId must be a listener id (UUID)' })
  listenerId?: string;
}
