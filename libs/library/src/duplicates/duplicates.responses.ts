import { ApiProperty } from '@nestjs/swagger';
import type {
  DuplicateAction,
  DuplicateActionDto,
  DuplicateGroupDto,
  DuplicateReason,
  DuplicatesDto,
  DuplicateTrackDto,
} from '@app/contracts';

class DuplicateTrackResponse implements DuplicateTrackDto {
  @ApiProperty() id!: string;
  @ApiProperty() path!: string;
  @ApiProperty() format!: string;
  @ApiProperty({ type: String, nullable: true }) codec!: string | null;
  @ApiProperty({ type: Number, nullable: true }) bitrate!: number | null;
  @ApiProperty({ type: Number, nullable: true }) sampleRate!: number | null;
  @ApiProperty({ type: Number, nullable: true }) durationMs!: number | null;
  @ApiProperty() size!: number;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) artist!: string | null;
}

class DuplicateGroupResponse implements DuplicateGroupDto {
  @ApiProperty() key!: string;
  @ApiProperty({ enum: ['same-bytes', 'same-recording', 'similar-fingerprint'] }) reason!: DuplicateReason;
  @ApiProperty() explanation!: string;
  @ApiProperty() keeperId!: string;
  @ApiProperty() keeperReason!: string;
  @ApiProperty({ type: [DuplicateTrackResponse] }) tracks!: DuplicateTrackResponse[];
}

export class DuplicateActionResponse implements DuplicateActionDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['keep', 'archive', 'delete'] }) action!: DuplicateAction;
  @ApiProperty() groupKey!: string;
  @ApiProperty({ type: String, nullable: true }) trackId!: string | null;
  @ApiProperty({ type: String, nullable: true }) from!: string | null;
  @ApiProperty({ type: String, nullable: true }) to!: string | null;
  @ApiProperty() at!: string;
  @ApiProperty() undone!: boolean;
}

export class DuplicatesResponse implements DuplicatesDto {
  @ApiProperty({ type: [DuplicateGroupResponse] }) groups!: DuplicateGroupResponse[];
  @ApiProperty({ type: [DuplicateActionResponse] }) actions!: DuplicateActionResponse[];
}
