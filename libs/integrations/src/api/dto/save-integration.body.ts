import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsObject, IsOptional, IsString, Length } from 'class-validator';
import { IntegrationEvent, IntegrationKind, type SaveIntegrationRequest } from '@app/contracts';

const EVENTS = Object.values(IntegrationEvent).filter((event) => event !== IntegrationEvent.Test);

export class SaveIntegrationBody implements SaveIntegrationRequest {
  @ApiProperty({ enum: IntegrationKind })
  @IsEnum(IntegrationKind)
  kind!: IntegrationKind;

  @ApiProperty({ minLength: 1, maxLength: 100, example: 'Living-room Jellyfin' })
  @Length(1, 100)
  @IsString()
  name!: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description:
      'jellyfin: url, apiKey, userId?, libraryPath?; subsonic: url, username, password, libraryPath?; ' +
      'plex: url, token, libraryPath?; webhook: url; discord: webhookUrl; ntfy: url, topic, token?; gotify: url, token. ' +
      'libraryPath is the library folder as the media server sees it. A masked secret sent back keeps the stored one.',
    example: { url: 'http://jellyfin:8096', apiKey: '0123456789abcdef', libraryPath: '/music' },
  })
  @IsObject()
  settings!: Record<string, string>;

  @ApiPropertyOptional({
    enum: EVENTS,
    isArray: true,
    description: 'Default: import (rescans); import, failure, needs-input',
  })
  @IsOptional()
  @ArrayMaxSize(EVENTS.length)
  @IsEnum(EVENTS, { each: true })
  @IsArray()
  events?: IntegrationEvent[];
}
