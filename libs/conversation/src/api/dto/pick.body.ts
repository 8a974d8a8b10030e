import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, Matches } from 'class-validator';
import type { SearchPickRequest } from '@app/contracts';

export class PickBody implements SearchPickRequest {
  @ApiProperty({ description: 'The searchId of a search in your history' })
  @IsUUID('all', { message: 'searchId must be the searchId of an earlier search' })
  @IsString()
  searchId!: string;

  @ApiProperty({ example: 'r1', description: 'The id of one of its results' })
  @Matches(/^r\d{1,3}$/, { message: 'resultId must be the id of a result, such as r1' })
  @IsString()
  resultId!: string;
}
