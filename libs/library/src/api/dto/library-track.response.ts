import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LIBRARY_SORT_KEYS,
  type LibrarySortKey,
  type LibraryTrackDetailDto,
  type LibraryTrackDto,
  type LibraryTrackJobDto,
  type LibraryTrackPage,
  type LibraryTrackSoundDto,
  SORT_DIRECTIONS,
  type SortDirection,
} from '@app/contracts';

const nullableText = { type: String, nullable: true } as const;
const nullableInt = { type: 'integer', nullable: true } as const;
const nullableUuid = { type: String, format: 'uuid', nullable: true } as const;

export class LibraryTrackAudioResponse {
  @ApiProperty(nullableText) codec!: string | null;
  @ApiProperty({ ...nullableInt, description: 'Bits per second' }) bitrate!: number | null;
  @ApiProperty(nullableInt) sampleRate!: number | null;
  @ApiPropertyOptional({ description: 'Only when the file was read for the answer' }) channels?: number;
  @ApiPropertyOptional({ description: 'Only when the file was read for the answer' }) lossless?: boolean;
}

export class LibraryTrackMusicBrainzResponse {
  @ApiProperty(nullableUuid) recordingId!: string | null;
  @ApiProperty(nullableUuid) releaseId!: string | null;
  @ApiProperty(nullableUuid) releaseGroupId!: string | null;
  @ApiProperty(nullableUuid) artistId!: string | null;
}

export class LibraryTrackSoundResponse implements LibraryTrackSoundDto {
  @ApiProperty({ example: 120.1 }) bpm!: number;
  @ApiProperty({ example: 'A minor', description: 'Tonic and scale' }) key!: string;
}

export class LibraryTrackResponse implements LibraryTrackDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Relative to the library root, `/`-separated' }) path!: string;
  @ApiProperty({ example: 'flac' }) format!: string;
  @ApiProperty(nullableText) title!: string | null;
  @ApiProperty(nullableText) artist!: string | null;
  @ApiProperty(nullableText) album!: string | null;
  @ApiProperty(nullableText) albumArtist!: string | null;
  @ApiProperty(nullableInt) trackNumber!: number | null;
  @ApiProperty(nullableInt) discNumber!: number | null;
  @ApiProperty(nullableInt) year!: number | null;
  @ApiProperty(nullableInt) durationMs!: number | null;
  @ApiProperty({ type: LibraryTrackAudioResponse }) audio!: LibraryTrackAudioResponse;
  @ApiProperty({ description: 'Bytes' }) size!: number;
  @ApiProperty({ format: 'date-time' }) modifiedAt!: string;
  @ApiProperty() hasCover!: boolean;
  @ApiProperty({ type: LibraryTrackMusicBrainzResponse }) musicbrainz!: LibraryTrackMusicBrainzResponse;
  @ApiProperty(nullableText) isrc!: string | null;
  @ApiProperty(nullableText) sourceUrl!: string | null;
  @ApiProperty({ ...nullableUuid, description: 'The job that stored the file; null when a scan found it' })
  jobId!: string | null;
  @ApiProperty({ format: 'date-time' }) addedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ description: 'Listens mapped to this track, of every listener' }) playCount!: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'The latest of those listens' })
  lastPlayedAt!: string | null;

  @ApiPropertyOptional({
    type: LibraryTrackSoundResponse,
    description: 'Tempo and key from audio analysis, in lists; absent when the track has not been analysed',
  })
  sound?: LibraryTrackSoundResponse;
}

export class LibraryTrackJobResponse implements LibraryTrackJobDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() query!: string;
  @ApiProperty() status!: string;
  @ApiProperty() state!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class LibraryTrackCoverResponse {
  @ApiProperty({ example: 'image/jpeg' }) mimeType!: string;
  @ApiPropertyOptional() width?: number;
  @ApiPropertyOptional() height?: number;
  @ApiProperty() bytes!: number;
}

export class LibraryTrackDetailResponse extends LibraryTrackResponse implements LibraryTrackDetailDto {
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) tags!: Record<string, unknown> | null;
  @ApiProperty({ ...nullableText, description: 'SHA-256 of the file' }) contentHash!: string | null;
  @ApiProperty() hasFingerprint!: boolean;
  @ApiProperty({ type: LibraryTrackCoverResponse, nullable: true }) cover!: LibraryTrackCoverResponse | null;
  @ApiProperty({ type: LibraryTrackJobResponse, nullable: true }) job!: LibraryTrackJobResponse | null;
  @ApiPropertyOptional({ description: 'Why the file could not be read now; the indexed facts are shown instead' })
  readProblem?: string;
}

export class LibraryTrackPageResponse implements LibraryTrackPage {
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ enum: LIBRARY_SORT_KEYS }) sortKey!: LibrarySortKey;
  @ApiProperty({ enum: SORT_DIRECTIONS }) sortDirection!: SortDirection;
  @ApiProperty() totalRecords!: number;
  @ApiProperty({ type: [LibraryTrackResponse] }) records!: LibraryTrackResponse[];
}
