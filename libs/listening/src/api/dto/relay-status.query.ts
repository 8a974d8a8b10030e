import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class RelayStatusQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "Count only this listener's queued listens" })
  @IsOptional()
  @IsUUID('all', { message: 'listenerId must be a listener id (UUID)' })
  listenerId?: string;
}
