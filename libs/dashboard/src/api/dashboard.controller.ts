import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  ApiRoutes,
  type DashboardOverviewDto,
  type MixtapeDto,
  type MoodsDto,
  type OutliersDto,
  type RadarDto,
  type TrajectoryDto,
} from '@app/contracts';
import { toJspf, toM3u8 } from '@app/core';
import { ListenerScope } from '../views/listener-scope.js';
import { MixtapeView } from '../views/mixtape.view.js';
import { MoodsView } from '../views/moods.view.js';
import { OutliersView } from '../views/outliers.view.js';
import { OverviewView } from '../views/overview.view.js';
import { RadarView } from '../views/radar.view.js';
import { TrajectoryView } from '../views/trajectory.view.js';
import { windowWeeks } from '../views/window-param.js';
import { DashboardApiErrors } from './dashboard-api-errors.decorator.js';
import {
  ListenerQuery,
  MixtapeExportQuery,
  MixtapeQuery,
  MoodsQuery,
  OutliersQuery,
  RadarQuery,
  WindowQuery,
} from './dto/dashboard.queries.js';

/** A listener's taste, week by week: read from the stored aggregates and map. */
@ApiTags('dashboard')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.dashboard}`)
@DashboardApiErrors(400, 404)
export class DashboardController {
  constructor(
    private readonly scope: ListenerScope,
    private readonly overviewView: OverviewView,
    private readonly trajectoryView: TrajectoryView,
    private readonly radarView: RadarView,
    private readonly moodsView: MoodsView,
    private readonly outliersView: OutliersView,
    private readonly mixtapeView: MixtapeView,
  ) {}

  @Get('overview')
  @ApiOperation({ summary: 'This week and last, diversity, momentum and the newest change point' })
  @ApiOkResponse({ description: 'DashboardOverviewDto' })
  async overview(@Query() q: ListenerQuery, @Req() req: Request): Promise<DashboardOverviewDto> {
    return this.overviewView.of(await this.scope.of(req, q.listenerId));
  }

  @Get('trajectory')
  @ApiOperation({ summary: 'The weeks of a window on the 2-D taste map, with momentum and change points' })
  @ApiOkResponse({ description: 'TrajectoryDto' })
  async trajectory(@Query() q: WindowQuery, @Req() req: Request): Promise<TrajectoryDto> {
    const weeks = windowWeeks(q.window, 12);
    return this.trajectoryView.of(await this.scope.of(req, q.listenerId), weeks);
  }

  @Get('radar')
  @ApiOperation({ summary: 'A week against the 6-month baseline (and another week)' })
  @ApiOkResponse({ description: 'RadarDto' })
  async radar(@Query() q: RadarQuery, @Req() req: Request): Promise<RadarDto> {
    return this.radarView.of(await this.scope.of(req, q.listenerId), q.week, q.compare);
  }

  @Get('moods')
  @ApiOperation({ summary: 'Listens per mood per week, optionally of one artist or source' })
  @ApiOkResponse({ description: 'MoodsDto' })
  async moods(@Query() q: MoodsQuery, @Req() req: Request): Promise<MoodsDto> {
    const weeks = windowWeeks(q.window, 12);
    const filter = { ...(q.artist && { artist: q.artist }), ...(q.source && { source: q.source }) };
    return this.moodsView.of(await this.scope.of(req, q.listenerId), weeks, filter);
  }

  @Get('outliers')
  @ApiOperation({ summary: 'The tracks of the last 90 days farthest from their taste centroid' })
  @ApiOkResponse({ description: 'OutliersDto' })
  async outliers(@Query() q: OutliersQuery, @Req() req: Request): Promise<OutliersDto> {
    return this.outliersView.of(await this.scope.of(req, q.listenerId), q.limit ?? 10);
  }

  @Get('mixtape')
  @ApiOperation({ summary: "60–90 minutes from the week's dominant cluster" })
  @ApiOkResponse({ description: 'MixtapeDto' })
  async mixtape(@Query() q: MixtapeQuery, @Req() req: Request): Promise<MixtapeDto> {
    return this.mixtapeView.of(await this.scope.of(req, q.listenerId), q.week);
  }

  @Get('mixtape/export')
  @ApiOperation({
    summary: 'The mixtape as M3U8 or JSPF, or (`request`) a list request for the songs played elsewhere',
    description: '`request` answers a `POST /api/v1/lists` body: the songs the library lacks, played in 4 weeks.',
  })
  async export(
    @Query() q: MixtapeExportQuery,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    const listener = await this.scope.of(req, q.listenerId);
    if (q.format === 'request') return this.mixtapeView.request(listener, q.week);
    const mixtape = await this.mixtapeView.of(listener, q.week);
    const title = `${listener.name}: week ${mixtape.week}`;
    if (q.format === 'jspf') return toJspf(title, mixtape.tracks, 'TrueTrack');
    res.type('application/vnd.apple.mpegurl; charset=utf-8');
    res.attachment(`mixtape-${mixtape.week}.m3u8`);
    return toM3u8(title, mixtape.tracks);
  }
}
