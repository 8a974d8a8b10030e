import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { FixMixLineRequest } from '@app/contracts';

export class FixMixLineBody implements FixMixLineRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'The library track the line is (a candidate, or any)' })
  @IsOptional()
  @IsUUID('all', { message: 'trackId must be a library track id (UUID)' })
  trackId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "One of the line's recordings (the resolver's candidates)" })
  @IsOptional()
  @IsUUID('all', { message: 'recordingId must be a MusicBrainz recording id (UUID)' })
  recordingId?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @MaxLength(500)
  @IsString()
  artist?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @MaxLength(500)
  @IsString()
  title?: string;
}
