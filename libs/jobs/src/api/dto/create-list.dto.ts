import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { CreateListRequest } from '@app/contracts';
import { MAX_LIST_TEXT } from '../../parents/list-request.js';
import { JobOptionsDto } from './create-job.dto.js';
import { IsOptionalUnlessNull } from '@app/platform';

export class CreateListDto implements CreateListRequest {
  @ApiProperty({
    description: 'Lines ("artist - title" or URLs), an M3U/M3U8 playlist, or a CSV with artist and title columns',
    maxLength: MAX_LIST_TEXT,
    example: 'Linkin Park - Numb\nDaft Punk - Derezzed',
  })
  @MaxLength(MAX_LIST_TEXT)
  @IsNotEmpty()
  @IsString()
  text!: string;

  @ApiPropertyOptional({ description: 'The file the text came from; its extension decides the format', maxLength: 255 })
  @IsOptionalUnlessNull()
  @MaxLength(255)
  @IsString()
  fileName?: string;

  @ApiPropertyOptional({ type: JobOptionsDto, description: 'Applied to every track of the list' })
  @IsOptionalUnlessNull()
  @ValidateNested()
  @IsObject()
  @Type(() => JobOptionsDto)
  options?: JobOptionsDto;
}
