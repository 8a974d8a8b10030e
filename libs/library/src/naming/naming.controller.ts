import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type NamingPreviewDto, type NamingSettingsDto } from '@app/contracts';
import { NamingPreviewBody } from './dto/naming-preview.body.js';
import { NamingPreviewResponse, NamingSettingsResponse } from './dto/naming.response.js';
import { NamingTemplatesBody } from './dto/naming-templates.body.js';
import { NamingSettings } from './naming-settings.service.js';

const INVALID = { description: 'A template is invalid; `errors` names the field and every problem' };

@ApiTags('library')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.libraryNaming}`)
export class NamingController {
  constructor(private readonly naming: NamingSettings) {}

  @Get()
  @ApiOperation({ summary: 'The naming templates in effect, where they come from, and the tokens they may use' })
  @ApiOkResponse({ type: NamingSettingsResponse })
  get(): Promise<NamingSettingsDto> {
    return this.naming.describe();
  }

  @Put()
  @ApiOperation({
    summary: 'Saves naming templates; left-out ones keep their value. Applies to files stored from now on',
  })
  @ApiOkResponse({ type: NamingSettingsResponse })
  @ApiBadRequestResponse(INVALID)
  update(@Body() body: NamingTemplatesBody): Promise<NamingSettingsDto> {
    return this.naming.update(body);
  }

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Where sample tracks would be stored with the given (or the current) templates; saves nothing',
  })
  @ApiOkResponse({ type: NamingPreviewResponse })
  @ApiBadRequestResponse(INVALID)
  preview(@Body() body: NamingPreviewBody): Promise<NamingPreviewDto> {
    return this.naming.preview(body?.templates);
  }
}
