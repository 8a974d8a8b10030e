import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type WebhookDto } from '@app/contracts';
import { InboundHooks } from '../inbound/inbound-hooks.service.js';
import { UpdateWebhookBody } from './dto/update-webhook.body.js';
import { WebhookSourceParams } from './dto/webhook-source.params.js';
import { IntegrationApiErrors } from './integration-api-errors.decorator.js';

/** The inbound webhooks' settings: the URLs to give each tool, their secrets and event → action maps. */
@ApiTags('integrations')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.webhooks}`)
export class WebhooksController {
  constructor(private readonly hooks: InboundHooks) {}

  @Get()
  @ApiOperation({ summary: 'Every inbound webhook: path, secret, event → action map' })
  @ApiOkResponse({ description: 'WebhookDto[]' })
  list(): Promise<WebhookDto[]> {
    return this.hooks.list();
  }

  @Put(':source')
  @ApiOperation({ summary: 'Turn a webhook on or off, rotate its secret, map its events' })
  @ApiOkResponse({ description: 'WebhookDto' })
  @IntegrationApiErrors(400)
  update(@Param() { source }: WebhookSourceParams, @Body() body: UpdateWebhookBody): Promise<WebhookDto> {
    return this.hooks.update(source, body);
  }
}
