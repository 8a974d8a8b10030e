import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches, Validate } from 'class-validator';
import { CalendarDateConstraint } from './calendar-date.constraint.js';

export class IngestListensQuery {
  @ApiPropertyOptional({
    example: '2024-01-01',
    description: 'A first import reaches back to this day (UTC); later syncs carry on from where they are',
  })
  @IsOptional()
  @Validate(CalendarDateConstraint)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'since must be a date as YYYY-MM-DD' })
  since?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Default: the signed-in user's listener, else every listener" })
  @IsOptional()
  @IsUUID('all', { message: 'listenerId must be a listener id (UUID)' })
  listenerId?: string;
}

export class ListenSyncQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'listenerId must be a listener id (UUID)' })
  listenerId?: string;
}
