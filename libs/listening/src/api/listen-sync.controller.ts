import { Controller, Get, HttpCode, Logger, Post, Query, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { callerOf } from '@app/auth';
import { ApiRoutes, type ListenSyncDto } from '@app/contracts';
import { HistorySync } from '../history/history-sync.service.js';
import { listenSyncView } from '../history/listen-sync-view.js';
import type { ListenerEntity } from '../listeners/listener.entity.js';
import { Listeners } from '../listeners/listeners.service.js';
import { IngestListensQuery, ListenSyncQuery } from './dto/ingest-listens.query.js';
import { ListeningApiErrors } from './listening-api-errors.decorator.js';

/** History imports from ListenBrainz and Last.fm: started by hand or by the schedule, and how far they are. */
@ApiTags('listening')
@Controller(ApiRoutes.prefix)
export class ListenSyncController {
  private readonly logger = new Logger(ListenSyncController.name);

  constructor(
    private readonly sync: HistorySync,
    private readonly listeners: Listeners,
  ) {}

  @Post('ingest/listens')
  @HttpCode(202)
  @ApiOperation({ summary: 'Import the listening histories now, a first import reaching back to `since`' })
  @ApiAcceptedResponse({ description: 'ListenSyncDto[]: the syncs started' })
  @ListeningApiErrors(400, 404)
  async ingest(@Query() query: IngestListensQuery, @Req() request: Request): Promise<ListenSyncDto[]> {
    const since = query.since ? Date.parse(`${query.since}T00:00:00Z`) / 1000 : undefined;
    const listeners = await this.chosen(query.listenerId, request);
    for (const listener of listeners) await this.sync.prepare(listener, since);
    for (const listener of listeners) {
      this.sync
        .syncListener(listener, since)
        .catch((error: unknown) => this.logger.warn(`History import of ${listener.name} failed: ${String(error)}`));
    }
    return this.views(listeners);
  }

  @Get(`${ApiRoutes.listens}/sync`)
  @ApiOperation({ summary: 'How far each listening history is imported' })
  @ApiOkResponse({ description: 'ListenSyncDto[]' })
  @ListeningApiErrors(400, 404)
  async status(@Query() query: ListenSyncQuery, @Req() request: Request): Promise<ListenSyncDto[]> {
    return this.views(await this.chosen(query.listenerId, request));
  }

  private async views(listeners: ListenerEntity[]): Promise<ListenSyncDto[]> {
    const ids = new Set(listeners.map((listener) => listener.id));
    const states = (await this.sync.states()).filter((state) => ids.has(state.listenerId));
    return states.map((state) => listenSyncView(state, this.sync.isRunning(state.listenerId, state.source)));
  }

  /** The listener asked for, else the signed-in user's, else everyone. */
  private async chosen(listenerId: string | undefined, request: Request): Promise<ListenerEntity[]> {
    if (listenerId) return [await this.listeners.get(listenerId)];
    const caller = callerOf(request);
    const own = caller?.via === 'session' ? await this.listeners.byUser(caller.userId) : undefined;
    return own ? [own] : this.listeners.list();
  }
}
