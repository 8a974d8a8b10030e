import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { callerOf, Users } from '@app/auth';
import { ApiRoutes, type LastfmAuthorizationDto, type ListenerConnectionDto, type ListenerDto } from '@app/contracts';
import { ValidationError } from '@app/core';
import { listenerView } from '../listeners/listener-view.js';
import { FileImport, type FileImportResult } from '../files/file-import.service.js';
import { rawBodyOf } from '../intake/listenbrainz-body.js';
import { Listeners } from '../listeners/listeners.service.js';
import { LastfmConnect } from '../lastfm/lastfm-connect.service.js';
import { connectionUrls } from './connection-urls.js';
import { ListenerIdParams } from './dto/listener-id.params.js';
import { CreateListenerBody, UpdateListenerBody } from './dto/save-listener.body.js';
import { ListeningApiErrors } from './listening-api-errors.decorator.js';

/** The people whose listens are kept, their listen tokens and the accounts their history comes from. */
@ApiTags('listening')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.listeners}`)
export class ListenersController {
  constructor(
    private readonly listeners: Listeners,
    private readonly users: Users,
    private readonly files: FileImport,
    private readonly lastfm: LastfmConnect,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every listener with its listen token' })
  @ApiOkResponse({ description: 'ListenerDto[]' })
  async list(): Promise<ListenerDto[]> {
    return (await this.listeners.list()).map(listenerView);
  }

  @Post()
  @ApiOperation({ summary: 'Add a listener profile (a person without an admin UI sign-in)' })
  @ApiCreatedResponse({ description: 'ListenerDto' })
  @ListeningApiErrors(400, 409)
  async create(@Body() body: CreateListenerBody): Promise<ListenerDto> {
    return listenerView(await this.listeners.create(body));
  }

  @Post('me')
  @HttpCode(200)
  @ApiOperation({ summary: "The signed-in user's own listener, made on first use" })
  @ApiOkResponse({ description: 'ListenerDto' })
  @ListeningApiErrors(400)
  async me(@Req() request: Request): Promise<ListenerDto> {
    const caller = callerOf(request);
    if (caller?.via !== 'session')
      throw new ValidationError('session', 'only a signed-in admin UI user has a listener of their own');
    const user = await this.users.byId(caller.userId);
    if (!user) throw new ValidationError('session', 'the signed-in user no longer exists');
    return listenerView(await this.listeners.forUser(user.id, user.username));
  }

  @Get(':id')
  @ApiOkResponse({ description: 'ListenerDto' })
  @ListeningApiErrors(400, 404)
  async get(@Param() { id }: ListenerIdParams): Promise<ListenerDto> {
    return listenerView(await this.listeners.get(id));
  }

  @Put(':id')
  @ApiOperation({ summary: 'Change a listener; a field left out keeps its value, null clears it' })
  @ApiOkResponse({ description: 'ListenerDto' })
  @ListeningApiErrors(400, 404, 409)
  async update(@Param() { id }: ListenerIdParams, @Body() body: UpdateListenerBody): Promise<ListenerDto> {
    return listenerView(await this.listeners.update(id, body));
  }

  @Post(':id/token')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new listen token; clients still sending the old one are refused from now on' })
  @ApiOkResponse({ description: 'ListenerDto' })
  @ListeningApiErrors(400, 404)
  async regenerateToken(@Param() { id }: ListenerIdParams): Promise<ListenerDto> {
    return listenerView(await this.listeners.regenerateToken(id));
  }

  @Post(':id/import-file')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Import a history file: a ListenBrainz export or a Spotify extended streaming history (up to 64 MB)',
  })
  @ApiOkResponse({ description: '{format, listens, skipped}' })
  @ListeningApiErrors(400, 404, 413)
  async importFile(@Param() { id }: ListenerIdParams, @Req() request: Request): Promise<FileImportResult> {
    return this.files.import(await this.listeners.get(id), rawBodyOf(request));
  }

  @Get(':id/connection')
  @ApiOperation({ summary: 'The token and URLs to paste into Navidrome and the Jellyfin ListenBrainz plugin' })
  @ApiOkResponse({ description: 'ListenerConnectionDto' })
  @ListeningApiErrors(400, 404)
  async connection(@Param() { id }: ListenerIdParams, @Req() request: Request): Promise<ListenerConnectionDto> {
    return connectionUrls(request, (await this.listeners.get(id)).listenToken);
  }

  @Post(':id/lastfm/connect')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Start connecting Last.fm: the page where the person allows TrueTrack to scrobble for them',
  })
  @ApiOkResponse({ description: 'LastfmAuthorizationDto' })
  @ListeningApiErrors(400, 404)
  connectLastfm(@Param() { id }: ListenerIdParams): Promise<LastfmAuthorizationDto> {
    return this.lastfm.start(id);
  }

  @Post(':id/lastfm/session')
  @HttpCode(200)
  @ApiOperation({ summary: 'Finish connecting Last.fm once allowed there: stores the session key, relays from now on' })
  @ApiOkResponse({ description: 'ListenerDto' })
  @ListeningApiErrors(400, 404)
  async finishLastfm(@Param() { id }: ListenerIdParams): Promise<ListenerDto> {
    return listenerView(await this.lastfm.finish(id));
  }

  @Delete(':id/lastfm')
  @ApiOperation({ summary: 'Forget the Last.fm session key: nothing more is relayed to Last.fm' })
  @ApiOkResponse({ description: 'ListenerDto' })
  @ListeningApiErrors(400, 404)
  async disconnectLastfm(@Param() { id }: ListenerIdParams): Promise<ListenerDto> {
    return listenerView(await this.lastfm.disconnect(id));
  }
}
