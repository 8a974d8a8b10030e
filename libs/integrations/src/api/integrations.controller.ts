import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type IntegrationDto, type IntegrationTestDto } from '@app/contracts';
import { IntegrationIdParams } from './dto/integration-id.params.js';
import { SaveIntegrationBody } from './dto/save-integration.body.js';
import { IntegrationApiErrors } from './integration-api-errors.decorator.js';
import { IntegrationsService } from './integrations.service.js';

/** Media servers to rescan and services to notify. */
@ApiTags('integrations')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.integrations}`)
export class IntegrationsController {
  constructor(private readonly integrations: IntegrationsService) {}

  @Get()
  @ApiOperation({ summary: 'Every integration, secrets masked' })
  @ApiOkResponse({ description: 'IntegrationDto[]' })
  list(): Promise<IntegrationDto[]> {
    return this.integrations.list();
  }

  @Post()
  @ApiOperation({ summary: 'Add a media server or a notification service' })
  @ApiCreatedResponse({ description: 'IntegrationDto' })
  @IntegrationApiErrors(400)
  create(@Body() body: SaveIntegrationBody): Promise<IntegrationDto> {
    return this.integrations.create(body);
  }

  @Get(':id')
  @ApiOkResponse({ description: 'IntegrationDto' })
  @IntegrationApiErrors(400, 404)
  get(@Param() { id }: IntegrationIdParams): Promise<IntegrationDto> {
    return this.integrations.get(id);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Change an integration; masked secrets sent back keep the stored ones' })
  @ApiOkResponse({ description: 'IntegrationDto' })
  @IntegrationApiErrors(400, 404)
  update(@Param() { id }: IntegrationIdParams, @Body() body: SaveIntegrationBody): Promise<IntegrationDto> {
    return this.integrations.update(id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @IntegrationApiErrors(400, 404)
  remove(@Param() { id }: IntegrationIdParams): Promise<void> {
    return this.integrations.remove(id);
  }

  @Post(':id/test')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ask the service whether the settings work (notifications send a test message)' })
  @ApiOkResponse({ description: 'IntegrationTestDto' })
  @IntegrationApiErrors(400, 404)
  test(@Param() { id }: IntegrationIdParams): Promise<IntegrationTestDto> {
    return this.integrations.test(id);
  }
}
