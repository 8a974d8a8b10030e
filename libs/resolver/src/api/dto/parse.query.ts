import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class ParseQuery {
  @ApiProperty({ description: 'A query or a title, e.g. "numb linkin park" or "Linkin Park - Numb (Official Video)"' })
  @IsString({ message: 'q must be a string' })
  @MinLength(1, { message: 'q must not be empty' })
  @MaxLength(2000, { message: 'q must be at most 2000 characters' })
  q!: string;
}
