import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type DeliveryDto, type Page } from '@app/contracts';
import { DeliveryLog } from '../store/delivery-log.js';
import { ListDeliveriesQueryDto } from './dto/list-deliveries.query.js';
import { IntegrationApiErrors } from './integration-api-errors.decorator.js';

/** Webhooks received and calls made to integrations, newest first. */
@ApiTags('integrations')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.deliveries}`)
export class DeliveriesController {
  constructor(private readonly log: DeliveryLog) {}

  @Get()
  @ApiOperation({ summary: 'Deliveries in (webhooks) and out (rescans, notifications), newest first' })
  @ApiOkResponse({ description: 'Page<DeliveryDto>' })
  @IntegrationApiErrors(400)
  list(@Query() query: ListDeliveriesQueryDto): Promise<Page<DeliveryDto>> {
    return this.log.list(query);
  }
}
