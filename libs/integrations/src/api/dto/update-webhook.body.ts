import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsObject, IsOptional } from 'class-validator';
import { type UpdateWebhookRequest, WebhookAction } from '@app/contracts';

export class UpdateWebhookBody implements UpdateWebhookRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ description: 'true: a new random secret replaces the old one' })
  @IsOptional()
  @IsBoolean()
  rotateSecret?: boolean;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string', enum: Object.values(WebhookAction) },
    description: 'Event name as the source sends it → action; replaces the whole map',
    example: { ItemAdded: 'import-if-poor-tags', UserDataSaved: 'request' },
  })
  @IsOptional()
  @IsObject()
  events?: Record<string, WebhookAction>;
}
