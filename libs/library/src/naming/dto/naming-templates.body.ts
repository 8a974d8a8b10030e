import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Validate, ValidateIf } from 'class-validator';
import { MAX_TEMPLATE_LENGTH } from '@app/core';
import type { UpdateNamingRequest } from '@app/contracts';
import { IsNamingTemplate } from './is-naming-template.validator.js';

/** Optional means "left out": an explicit null is a wrong type like any other. */
const IsOptionalUnlessNull = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

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
  @Transform(trim)
  @Validate(IsNamingTemplate)
  @IsString({ message: 'album must be a string' })
  album?: string;

  @described('tracks without an album', '{Artist}/Singles/{Artist} - {Track Title}')
  @IsOptionalUnlessNull()
  @Transform(trim)
  @Validate(IsNamingTemplate)
  @IsString({ message: 'single must be a string' })
  single?: string;

  @described(
    'compilation tracks',
    'Compilations/{Album Title} ({Release Year})/{Medium Prefix}{track:00} - {Artist} - {Track Title}',
  )
  @IsOptionalUnlessNull()
  @Transform(trim)
  @Validate(IsNamingTemplate)
  @IsString({ message: 'compilation must be a string' })
  compilation?: string;
}
