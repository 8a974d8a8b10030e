import { Body, Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ApiRoutes, type DashboardAxis } from '@app/contracts';
import { TasteLabels } from '../store/taste-labels.js';
import { ListenerScope } from '../views/listener-scope.js';
import { DashboardApiErrors } from './dashboard-api-errors.decorator.js';
import { SaveAxisLabelBody } from './dto/dashboard.bodies.js';
import { ListenerQuery } from './dto/dashboard.queries.js';

/** A person's own names for the taste axes. */
@ApiTags('dashboard')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.labels}`)
@DashboardApiErrors(400, 404)
export class LabelsController {
  constructor(
    private readonly scope: ListenerScope,
    private readonly labels: TasteLabels,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'Record<DashboardAxis, string>' })
  async list(@Query() q: ListenerQuery, @Req() req: Request): Promise<Record<DashboardAxis, string>> {
    return this.labels.of((await this.scope.of(req, q.listenerId)).id);
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Name an axis; an empty label brings the built-in name back' })
  @ApiOkResponse({ description: 'Record<DashboardAxis, string>' })
  async save(@Body() body: SaveAxisLabelBody, @Req() req: Request): Promise<Record<DashboardAxis, string>> {
    const listener = await this.scope.of(req, body.listenerId);
    return this.labels.save(listener.id, body.axis, body.label.trim());
  }
}
