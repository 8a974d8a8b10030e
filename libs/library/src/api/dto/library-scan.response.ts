import { ApiProperty } from '@nestjs/swagger';
import {
  LIBRARY_SCAN_PHASES,
  type LibraryScanCounts,
  type LibraryScanDto,
  type LibraryScanPhase,
  type LibraryScanStartedDto,
  type UnreadableFileDto,
} from '@app/contracts';

export class LibraryScanStartedResponse implements LibraryScanStartedDto {
  @ApiProperty({ format: 'uuid' }) scanId!: string;
}

export class LibraryScanCountsResponse implements LibraryScanCounts {
  @ApiProperty({ description: 'Audio files found' }) seen!: number;
  @ApiProperty({ description: 'New or changed files read and written to the index' }) indexed!: number;
  @ApiProperty({ description: 'Of the indexed, tracks moved or renamed by hand (same id and plays)' }) moved!: number;
  @ApiProperty({ description: 'Files whose size and modification time matched; not opened' }) unchanged!: number;
  @ApiProperty({ description: 'Tracks whose file is gone, marked missing until the grace period ends' })
  missing!: number;
  @ApiProperty({ description: 'Index rows deleted: file no longer readable or missing past the grace period' })
  removed!: number;
  @ApiProperty({ description: 'Files that could not be read' }) failed!: number;
}

export class UnreadableFileResponse implements UnreadableFileDto {
  @ApiProperty() path!: string;
  @ApiProperty() reason!: string;
}

export class LibraryScanResponse implements LibraryScanDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: "Scanned folder relative to the library root; '' is the root" }) path!: string;
  @ApiProperty({ enum: ['running', 'done', 'failed'] }) status!: 'running' | 'done' | 'failed';
  @ApiProperty({ enum: LIBRARY_SCAN_PHASES }) phase!: LibraryScanPhase;
  @ApiProperty({ type: LibraryScanCountsResponse }) counts!: LibraryScanCountsResponse;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Audio files to look at, once walking is over' })
  total!: number | null;
  @ApiProperty({ type: [UnreadableFileResponse], description: 'The first 1000 files that could not be read' })
  unreadable!: UnreadableFileResponse[];
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) durationMs!: number | null;
}
