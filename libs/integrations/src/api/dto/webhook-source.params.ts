import { ApiProperty } from '@nestjs/swagger';
import { IsEnum } from 'class-validator';
import { WebhookSource } from '@app/contracts';

export class WebhookSourceParams {
  @ApiProperty({ enum: WebhookSource })
  @IsEnum(WebhookSource, { message: `source must be one of ${Object.values(WebhookSource).join(', ')}` })
  source!: WebhookSource;
}
