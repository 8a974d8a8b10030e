import type { IncomingMessage } from 'node:http';
import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type WebhookResultDto, WebhookSource } from '@app/contracts';
import { IntegrationApiErrors } from '../api/integration-api-errors.decorator.js';
import { InboundWebhooks } from './inbound-webhooks.service.js';
import { readWebhookBody } from './read-webhook-body.js';
import { WebhookEndpoint } from './webhook-endpoint.decorator.js';

const secretHeader = ApiHeader({
  name: 'X-Webhook-Secret',
  required: false,
  description: 'Or ?secret=, or the API key',
});
const secretQuery = ApiQuery({ name: 'secret', required: false });

/** Where Jellyfin, Lidarr and other tools post their events; each route takes its own secret instead of the API key. */
@ApiTags('webhooks')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.webhooks}`)
export class WebhookInboxController {
  constructor(private readonly inbound: InboundWebhooks) {}

  @Post(WebhookSource.Jellyfin)
  @HttpCode(200)
  @WebhookEndpoint(WebhookSource.Jellyfin)
  @ApiOperation({ summary: 'Jellyfin Webhook plugin (generic destination); JSON, also as text/plain' })
  @ApiBody({
    schema: { type: 'object', example: { NotificationType: 'ItemAdded', ItemType: 'Audio', ItemId: '0f9a…' } },
  })
  @ApiOkResponse({ description: 'WebhookResultDto' })
  @secretHeader
  @secretQuery
  @IntegrationApiErrors(400, 401, 403, 413, 422)
  async jellyfin(@Req() request: IncomingMessage): Promise<WebhookResultDto> {
    return this.inbound.receive(WebhookSource.Jellyfin, await readWebhookBody(request));
  }

  @Post(WebhookSource.Lidarr)
  @HttpCode(200)
  @WebhookEndpoint(WebhookSource.Lidarr)
  @ApiOperation({ summary: 'Lidarr Connect → Webhook: Test answers 200, Download imports its trackFiles' })
  @ApiBody({ schema: { type: 'object', example: { eventType: 'Download', trackFiles: [{ path: '/music/…' }] } } })
  @ApiOkResponse({ description: 'WebhookResultDto' })
  @secretHeader
  @secretQuery
  @IntegrationApiErrors(400, 401, 403, 413, 422)
  async lidarr(@Req() request: IncomingMessage): Promise<WebhookResultDto> {
    return this.inbound.receive(WebhookSource.Lidarr, await readWebhookBody(request));
  }

  @Post(WebhookSource.Request)
  @HttpCode(200)
  @WebhookEndpoint(WebhookSource.Request)
  @ApiOperation({ summary: 'Request a track: {query} or {url} or {artist, title}' })
  @ApiBody({ schema: { type: 'object', example: { artist: 'Rick Astley', title: 'Never Gonna Give You Up' } } })
  @ApiOkResponse({ description: 'WebhookResultDto' })
  @secretHeader
  @secretQuery
  @IntegrationApiErrors(400, 401, 403, 413)
  async request(@Req() request: IncomingMessage): Promise<WebhookResultDto> {
    return this.inbound.receive(WebhookSource.Request, await readWebhookBody(request));
  }
}
