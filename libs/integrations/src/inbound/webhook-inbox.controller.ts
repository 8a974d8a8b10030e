import type { IncomingMessage } from 'node:http';
import { Controller, Post, Req } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import { ApiRoutes, type WebhookResultDto, WebhookSource } from '@app/contracts';
import { InboundWebhooks } from './inbound-webhooks.service.js';
import { readWebhookBody } from './read-webhook-body.js';
import { WebhookEndpoint } from './webhook-endpoint.decorator.js';

/** Where Jellyfin, Lidarr and other tools post their events; each route takes its own secret instead of the API key. */
@ApiTags('webhooks')
@Public()
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.webhooks}`)
export class WebhookInboxController {
  constructor(private readonly inbound: InboundWebhooks) {}

  @Post(WebhookSource.Jellyfin)
  @WebhookEndpoint(WebhookSource.Jellyfin, [400, 401, 403, 413, 422])
  @ApiOperation({ summary: 'Jellyfin Webhook plugin (generic destination); JSON, also as text/plain' })
  @ApiBody({
    schema: { type: 'object', example: { NotificationType: 'ItemAdded', ItemType: 'Audio', ItemId: '0f9a…' } },
  })
  async jellyfin(@Req() request: IncomingMessage): Promise<WebhookResultDto> {
    return this.inbound.receive(WebhookSource.Jellyfin, await readWebhookBody(request));
  }

  @Post(WebhookSource.Lidarr)
  @WebhookEndpoint(WebhookSource.Lidarr, [400, 401, 403, 413, 422])
  @ApiOperation({ summary: 'Lidarr Connect → Webhook: Test answers 200, Download imports its trackFiles' })
  @ApiBody({ schema: { type: 'object', example: { eventType: 'Download', trackFiles: [{ path: '/music/…' }] } } })
  async lidarr(@Req() request: IncomingMessage): Promise<WebhookResultDto> {
    return this.inbound.receive(WebhookSource.Lidarr, await readWebhookBody(request));
  }

  @Post(WebhookSource.Request)
  @WebhookEndpoint(WebhookSource.Request)
  @ApiOperation({ summary: 'Request a track: {query} or {url} or {artist, title}' })
  @ApiBody({ schema: { type: 'object', example: { artist: 'Rick Astley', title: 'Never Gonna Give You Up' } } })
  async request(@Req() request: IncomingMessage): Promise<WebhookResultDto> {
    return this.inbound.receive(WebhookSource.Request, await readWebhookBody(request));
  }
}
