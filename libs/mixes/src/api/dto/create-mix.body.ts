import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { CreateMixRequest } from '@app/contracts';

/** A tracklist pasted for a mix: 200 KB is several thousand lines. */
export const MAX_TRACKLIST_CHARS = 200_000;

export class CreateMixBody implements CreateMixRequest {
  @ApiProperty({ format: 'uuid', description: 'The library track that is the mix' })
  @IsUUID('all', { message: 'trackId must be a library track id (UUID)' })
  trackId!: string;

  @ApiProperty({ description: 'The tracklist as pasted', maxLength: MAX_TRACKLIST_CHARS })
  @MaxLength(MAX_TRACKLIST_CHARS)
  @IsNotEmpty()
  @IsString()
  tracklist!: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @MaxLength(300)
  @IsString()
  title?: string;
}
