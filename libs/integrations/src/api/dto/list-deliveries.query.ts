import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import type { DeliveryDirection, ListDeliveriesQuery } from '@app/contracts';

const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\s*\d{1,9}\s*$/.test(value) ? Number(value) : value;

export class ListDeliveriesQueryDto implements ListDeliveriesQuery {
  @ApiPropertyOptional({ enum: ['in', 'out'] })
  @IsOptional()
  @IsIn(['in', 'out'])
  direction?: DeliveryDirection;

  @ApiPropertyOptional({ description: 'in: jellyfin, lidarr, request; out: an integration kind' })
  @IsOptional()
  @Matches(/^[a-z-]{1,32}$/, { message: 'source must be a webhook source or an integration kind' })
  @IsString()
  source?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, default: 1 })
  @IsOptional()
  @Transform(toInteger)
  @Max(1_000_000)
  @Min(1)
  @IsInt()
  page?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @Transform(toInteger)
  @Max(500)
  @Min(1)
  @IsInt()
  pageSize?: number;
}
