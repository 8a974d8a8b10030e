import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Validate } from 'class-validator';
import { MAX_TEMPLATE_LENGTH } from '@app/core';
import type { UpdateNamingRequest } from '@app/contracts';
import { IsNamingTemplate } from './is-naming-template.validator.js';
import { IsOptionalUnlessNull, trimString } from '@app/platform';

const described = (kind: string, example: string) =>
  ApiPropertyOptional({
    description: `Template for ${kind}; \`/\` separates folders; see \`tokens\` of GET /api/v1/library/naming`,
    maxLength: MAX_TEMPLATE_LENGTH,
    example,
  });

/** Body of `PUT /api/v1/library/naming`, and the `templates` of a preview. */
export class NamingTemplatesBody implements UpdateNamingRequest {
  @described('album tracks', '{Album Artist}/{Album Title} ({Release Year})/{Medium Prefix}{track:00} - {Track Title}')
  @IsOptionalUnlessNull()
  @Transform(trimString)
  @Validate(IsNamingTemplate)
  @IsString({ message: 'album must be a string' })
  album?: string;

  @described('tracks without an album', '{Artist}/Singles/{Artist} - {Track Title}')
  @IsOptionalUnlessNull()
  @Transform(trimString)
  @Validate(IsNamingTemplate)
  @IsString({ message: 'single must be a string' })
  single?: string;

  @described(
    'compilation tracks',
    'Compilations/{Album Title} ({Release Year})/{Medium Prefix}{track:00} - {Artist} - {Track Title}',
  )
  @IsOptionalUnlessNull()
  @Transform(trimString)
  @Validate(IsNamingTemplate)
  @IsString({ message: 'compilation must be a string' })
  compilation?: string;
}
