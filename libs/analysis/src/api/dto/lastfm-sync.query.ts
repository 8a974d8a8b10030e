import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

/** `?since=`: tracks changed in the library since then are tagged again; without it, tracks never tagged. */
export class LastfmSyncQueryDto {
  @ApiPropertyOptional({ description: 'ISO 8601 date or date-time, e.g. 2026-12-01 or 2026-12-01T08:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'since must be an ISO 8601 date or date-time' })
  since?: string;
}
