import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { callerOf } from '@app/auth';
import { ApiRoutes, type ListenDto, type ListenRelayStatusDto, type TrackPlaysDto } from '@app/contracts';
import { ListenStore } from '../listens/listen-store.js';
import { listenView } from '../listens/listen-view.js';
import { Listeners } from '../listeners/listeners.service.js';
import { RelayStatus } from '../relay/relay-status.js';
import { ListenCovers } from '../covers/listen-covers.service.js';
import { ListenIdParams } from './dto/listen-id.params.js';
import { RelayStatusQuery } from './dto/relay-status.query.js';
import { RecentListensQuery } from './dto/recent-listens.query.js';
import { TrackPlaysQuery } from './dto/track-plays.query.js';
import { ListeningApiErrors } from './listening-api-errors.decorator.js';

const DEFAULT_LIMIT = 50;

/** The listens kept, newest first. */
@ApiTags('listening')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.listens}`)
export class ListensController {
  constructor(
    private readonly store: ListenStore,
    private readonly listeners: Listeners,
    private readonly relay: RelayStatus,
    private readonly covers: ListenCovers,
  ) {}

  @Get('relay')
  @ApiOperation({ summary: 'Whether Last.fm relays are set up (secrets masked) and the listens waiting per service' })
  @ApiOkResponse({ description: 'ListenRelayStatusDto' })
  @ListeningApiErrors(400)
  relayStatus(@Query() query: RelayStatusQuery): Promise<ListenRelayStatusDto> {
    return this.relay.status(query.listenerId);
  }

  @Get('recent')
  @ApiOperation({ summary: "The newest listens: of one listener, the signed-in user's own, or everyone's" })
  @ApiOkResponse({ description: 'ListenDto[]' })
  @ListeningApiErrors(400)
  async recent(@Query() query: RecentListensQuery, @Req() request: Request): Promise<ListenDto[]> {
    const listenerId = query.listenerId ?? (await this.callersListener(request));
    return (await this.store.recent(query.limit ?? DEFAULT_LIMIT, listenerId)).map(listenView);
  }

  @Get('plays')
  @ApiOperation({
    summary: "Plays per library track: of one listener, the signed-in user's own, or everyone's; most played first",
  })
  @ApiOkResponse({ description: 'TrackPlaysDto[]' })
  @ListeningApiErrors(400)
  async plays(@Query() query: TrackPlaysQuery, @Req() request: Request): Promise<TrackPlaysDto[]> {
    const listenerId = query.listenerId ?? (await this.callersListener(request));
    const plays = await this.store.trackPlays(query.limit ?? DEFAULT_LIMIT, query.sort ?? 'playCount', listenerId);
    return plays.map((play) => ({ ...play, lastPlayedAt: new Date(play.lastPlayedAt).toISOString() }));
  }

  private async callersListener(request: Request): Promise<string | undefined> {
    const caller = callerOf(request);
    if (caller?.via !== 'session') return undefined;
    return (await this.listeners.byUser(caller.userId))?.id;
  }

  @Get(':id/cover')
  @ApiOperation({
    summary:
      "The front cover of the release a listen names, from the Cover Art Archive through the server (library tracks: the library's cover route)",
  })
  @ApiProduces('image/jpeg', 'image/png', 'image/webp')
  @ApiOkResponse({ description: 'The picture bytes' })
  @ListeningApiErrors(400, 404)
  cover(@Param() { id }: ListenIdParams): Promise<Response> {
    return this.covers.cover(id);
  }
}
