import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength, Validate } from 'class-validator';
import { NotBlank } from './not-blank.validator.js';

export class ResolveBody {
  @ApiProperty({ description: 'A query, e.g. "numb linkin park"' })
  @IsString({ message: 'query must be a string' })
  @MinLength(1, { message: 'query must not be empty' })
  @MaxLength(2000, { message: 'query must be at most 2000 characters' })
  @Validate(NotBlank, { message: 'query must not be blank' })
  query!: string;
}
