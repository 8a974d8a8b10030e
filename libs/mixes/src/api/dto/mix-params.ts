import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength } from 'class-validator';

export class MixIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id must be a mix id (UUID)' })
  id!: string;
}

export class MixLineParams extends MixIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'lineId must be a line id (UUID)' })
  lineId!: string;
}

export class MixSearchQuery {
  @ApiProperty({ description: 'Words an artist, title or label of a tracklist line holds', maxLength: 200 })
  @MaxLength(200)
  @IsString()
  q!: string;
}
