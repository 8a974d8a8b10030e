import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import { OpsRoutes } from '../ops-routes.js';
import { OpsMetrics } from './ops-metrics.js';

export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

@ApiTags('system')
@Controller(OpsRoutes.metrics)
export class MetricsController {
  constructor(private readonly metrics: OpsMetrics) {}

  @Get()
  @Header('Content-Type', PROMETHEUS_CONTENT_TYPE)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Prometheus metrics: jobs by state, queue depth, step and provider timings, process' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text format 0.0.4' })
  scrape(): Promise<string> {
    return this.metrics.render();
  }
}

/** `/metrics` open to callers without the API key (`TRUETRACK_METRICS_PUBLIC`). */
@Public()
@Controller(OpsRoutes.metrics)
export class PublicMetricsController extends MetricsController {}
