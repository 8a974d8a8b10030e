import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class IntegrationIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id must be an integration id (UUID)' })
  id!: string;
}
