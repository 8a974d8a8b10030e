import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class ListenerIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id must be a listener id (UUID)' })
  id!: string;
}
