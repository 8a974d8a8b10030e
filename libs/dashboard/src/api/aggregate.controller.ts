import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AggregateWeeksResultDto, ApiRoutes } from '@app/contracts';
import { DashboardRefresh } from '../aggregate/dashboard-refresh.service.js';
import { DashboardApiErrors } from './dashboard-api-errors.decorator.js';
import { AggregateWeeksBody } from './dto/dashboard.bodies.js';

/** Runs the dashboard's refresh now, as the schedules do. */
@ApiTags('dashboard')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.aggregateWeeks}`)
export class AggregateController {
  constructor(private readonly refresh: DashboardRefresh) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Aggregate the weeks that need it (all with `rebuild`); fit taste maps with `refit`' })
  @ApiOkResponse({ description: 'AggregateWeeksResultDto' })
  @DashboardApiErrors(400, 404)
  run(@Body() body: AggregateWeeksBody): Promise<AggregateWeeksResultDto> {
    return this.refresh.run(body);
  }
}
