import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import type { RenameRequest } from '@app/contracts';

export class RenameBody implements RenameRequest {
  @ApiPropertyOptional({ description: 'Only these tracks; all changes of the preview when left out', type: [String] })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'trackIds must hold track ids (UUIDs)' })
  @ArrayMaxSize(10_000)
  @IsArray({ message: 'trackIds must be an array of track ids' })
  trackIds?: string[];
}
