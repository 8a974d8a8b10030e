import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type ProviderDto, type ProviderTestDto } from '@app/contracts';
import { ProviderDirectory } from './provider-directory.service.js';
import { ProviderIdParams } from './dto/provider-id.params.js';

@ApiTags('resolver')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.providers}`)
export class ProvidersController {
  constructor(private readonly directory: ProviderDirectory) {}

  @Get()
  @ApiOperation({ summary: 'Every provider with what it is used for, its base URL and whether it is on' })
  @ApiOkResponse({ description: 'The providers' })
  list(): ProviderDto[] {
    return this.directory.list();
  }

  @Post(':id/test')
  @HttpCode(200)
  @ApiOperation({ summary: "Tries the provider's base URL with one small real request" })
  @ApiOkResponse({ description: 'Whether it answered as expected, how fast, and a sentence saying so' })
  test(@Param() { id }: ProviderIdParams): Promise<ProviderTestDto> {
    return this.directory.test(id);
  }
}
