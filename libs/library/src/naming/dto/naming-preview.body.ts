import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, ValidateIf, ValidateNested } from 'class-validator';
import type { NamingPreviewRequest } from '@app/contracts';
import { NamingTemplatesBody } from './naming-templates.body.js';

export class NamingPreviewBody implements NamingPreviewRequest {
  @ApiPropertyOptional({ type: NamingTemplatesBody, description: 'Templates to try; missing ones are those in effect' })
  @ValidateIf((_object: object, value: unknown) => value !== undefined)
  @ValidateNested()
  @IsObject({ message: 'templates must be an object' })
  @Type(() => NamingTemplatesBody)
  templates?: NamingTemplatesBody;
}
