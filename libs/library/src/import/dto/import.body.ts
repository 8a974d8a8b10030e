import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import type { ImportRequest } from '@app/contracts';

export class ImportBody implements ImportRequest {
  @ApiProperty({
    description: 'An absolute path to an audio file or a folder, inside the library or an import folder',
    example: '/data/import/Portishead - Dummy',
  })
  @Matches(/^[^\0]*$/, { message: 'path must not contain NUL characters' })
  @MaxLength(4096)
  @IsNotEmpty({ message: 'path must not be empty' })
  @IsString({ message: 'path must be a string' })
  path!: string;
}
