import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import type { DuplicateAction } from '@app/contracts';

export class DuplicateActionBody {
  @ApiProperty({ enum: ['keep', 'archive', 'delete'] })
  @IsIn(['keep', 'archive', 'delete'], { message: 'action must be one of keep, archive, delete' })
  action!: DuplicateAction;

  @ApiProperty({ description: 'The group the action is about (its `key`)', example: 'bytes:9f86d0…' })
  @Matches(/^(bytes|recording|fingerprint):[0-9a-zA-Z-]+$/, {
    message: 'groupKey must be the key of a duplicate group (bytes:…, recording:… or fingerprint:…)',
  })
  @MaxLength(120)
  @IsNotEmpty({ message: 'groupKey must not be empty' })
  @IsString({ message: 'groupKey must be a string' })
  groupKey!: string;

  @ApiPropertyOptional({ description: 'The track whose file is archived or deleted; required for those two' })
  @IsOptional()
  @IsUUID('all', { message: 'trackId must be a track id (UUID)' })
  trackId?: string;
}

export class DuplicateActionParams {
  @ApiProperty()
  @IsUUID('all', { message: 'id must be an action id (UUID)' })
  id!: string;
}
