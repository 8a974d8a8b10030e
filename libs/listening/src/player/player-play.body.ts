import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { PLAIN_TEXT } from '@app/platform';

const plain = (field: string) => ({ message: `${field} must not contain control characters` });

/** A play in TrueTrack's own player, as the player reports it once a track counts as listened. */
export class PlayerPlayBody {
  @ApiProperty({ maxLength: 1000, example: 'Nirvana' })
  @Matches(PLAIN_TEXT, plain('artistName'))
  @Length(1, 1000, { message: 'artistName must be 1 to 1000 characters' })
  @IsString({ message: 'artistName must be text' })
  artistName!: string;

  @ApiProperty({ maxLength: 1000, example: 'Smells Like Teen Spirit' })
  @Matches(PLAIN_TEXT, plain('trackName'))
  @Length(1, 1000, { message: 'trackName must be 1 to 1000 characters' })
  @IsString({ message: 'trackName must be text' })
  trackName!: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Matches(PLAIN_TEXT, plain('releaseName'))
  @Length(1, 1000, { message: 'releaseName must be 1 to 1000 characters' })
  @IsString({ message: 'releaseName must be text' })
  releaseName?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 86_400_000 })
  @IsOptional()
  @Max(86_400_000, { message: 'durationMs must be at most a day' })
  @Min(0, { message: 'durationMs must not be negative' })
  @IsInt({ message: 'durationMs must be a whole number of milliseconds' })
  durationMs?: number;

  @ApiPropertyOptional({ format: 'uuid', description: "The library track's MusicBrainz recording, when it has one" })
  @IsOptional()
  @IsUUID('all', { message: 'recordingMbid must be a MusicBrainz id (UUID)' })
  recordingMbid?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When the play started; default: now' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'listenedAt must be an ISO 8601 date and time' })
  listenedAt?: string;
}
