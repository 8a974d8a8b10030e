import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { LibraryScanRequest } from '@app/contracts';

export class LibraryScanBody implements LibraryScanRequest {
  @ApiPropertyOptional({
    description: 'The library root (default) or a folder inside it, relative to the root or absolute',
    example: 'Artist/Album',
  })
  @IsOptional()
  @Matches(/^[^\0]*$/, { message: 'path must not contain NUL characters' })
  @MaxLength(4096)
  @IsString({ message: 'path must be a string' })
  path?: string;
}
