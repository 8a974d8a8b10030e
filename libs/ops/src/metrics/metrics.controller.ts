import { Controller, Get, Header, type Type } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
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

/**
 * The metrics controller with a class decorator applied (the one that opens a route to callers without the API
 * key), on a subclass so the shared class stays protected.
 */
export function metricsControllerWith(decorate: ClassDecorator): Type {
  class OpenMetricsController extends MetricsController {}
  decorate(OpenMetricsController);
  return OpenMetricsController;
}
