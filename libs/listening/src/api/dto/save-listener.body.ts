import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length, Matches, Validate, ValidateIf } from 'class-validator';
import type { SaveListenerRequest } from '@app/contracts';
import { TimeZoneConstraint } from './time-zone.constraint.js';

const USERNAME = /^[A-Za-z0-9_.-]{1,100}$/;

export class CreateListenerBody implements SaveListenerRequest {
  @ApiProperty({ minLength: 1, maxLength: 100, example: 'Sam' })
  @Length(1, 100)
  @IsString()
  name!: string;

  @ApiPropertyOptional({ example: 'Europe/Paris', default: 'UTC' })
  @IsOptional()
  @Validate(TimeZoneConstraint)
  @IsString()
  timeZone?: string;

  @ApiPropertyOptional({ nullable: true, example: 'sam' })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @Matches(USERNAME, { message: 'listenBrainzUsername must be a ListenBrainz user name' })
  @IsString()
  listenBrainzUsername?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'The user token from ListenBrainz settings (never sent back)' })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @Length(1, 64)
  @IsString()
  listenBrainzToken?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'sam' })
  @ValidateIf((_, value) => value !== undefined && value !== null)
  @Matches(USERNAME, { message: 'lastfmUsername must be a Last.fm user name' })
  @IsString()
  lastfmUsername?: string | null;

  @ApiPropertyOptional({ description: "Forward each accepted listen to the listener's ListenBrainz account" })
  @IsOptional()
  @IsBoolean()
  relayListenBrainz?: boolean;

  @ApiPropertyOptional({
    description: "Scrobble each accepted listen to the listener's Last.fm account (once connected)",
  })
  @IsOptional()
  @IsBoolean()
  relayLastfm?: boolean;
}

/** The same fields, each optional: a field left out keeps its value, `null` clears a nullable one. */
export class UpdateListenerBody extends PartialType(CreateListenerBody, { skipNullProperties: false }) {}
