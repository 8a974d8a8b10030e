import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class ListenIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id must be a listen id (UUID)' })
  id!: string;
}
