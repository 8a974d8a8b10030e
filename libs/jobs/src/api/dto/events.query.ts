import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class EventsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the events of this job' })
  @IsOptional()
  @IsUUID('all', { message: 'jobId must be a UUID' })
  jobId?: string;
}
