import { ApiProperty } from '@nestjs/swagger';
import type { RejectedFileDto, WatcherStateDto, WatchRescanDto, WatchStatusDto } from '@app/contracts';

class WatcherStateResponse implements WatcherStateDto {
  @ApiProperty() folder!: string;
  @ApiProperty({ enum: ['import', 'library'] }) role!: 'import' | 'library';
  @ApiProperty({ enum: ['events', 'polling'] }) mode!: 'events' | 'polling';
  @ApiProperty({ enum: ['starting', 'watching', 'stopped', 'failed'] })
  status!: WatcherStateDto['status'];
  @ApiProperty({ type: String, nullable: true }) problem!: string | null;
  @ApiProperty() since!: string;
  @ApiProperty() filesSeen!: number;
}

class RejectedFileResponse implements RejectedFileDto {
  @ApiProperty() path!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() at!: string;
}

export class WatchStatusResponse implements WatchStatusDto {
  @ApiProperty() enabled!: boolean;
  @ApiProperty() settleMs!: number;
  @ApiProperty({ enum: ['auto', 'always'] }) polling!: 'auto' | 'always';
  @ApiProperty({ enum: ['propose', 'auto'] }) rename!: 'propose' | 'auto';
  @ApiProperty({ type: [WatcherStateResponse] }) watchers!: WatcherStateResponse[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) importFiles!: Record<string, number>;
  @ApiProperty({ type: [RejectedFileResponse] }) rejected!: RejectedFileResponse[];
  @ApiProperty() missingTracks!: number;
  @ApiProperty({ type: String, nullable: true }) lastRescanAt!: string | null;
}

export class WatchRescanResponse implements WatchRescanDto {
  @ApiProperty() importFilesSeen!: number;
  @ApiProperty() importJobsCreated!: number;
  @ApiProperty() libraryFilesIndexed!: number;
  @ApiProperty() libraryTracksMoved!: number;
  @ApiProperty() libraryTracksMissing!: number;
  @ApiProperty() libraryTracksRemoved!: number;
}
