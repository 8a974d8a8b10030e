import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class ProviderIdParams {
  @ApiProperty({ example: 'musicbrainz' })
  @Matches(/^[a-z_]{1,32}$/, { message: 'id must be a provider id such as musicbrainz' })
  id!: string;
}
