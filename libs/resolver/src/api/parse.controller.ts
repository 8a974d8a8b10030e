import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type ParseResultDto } from '@app/contracts';
import { parseRequest } from '@app/core';
import { ParseQuery } from './dto/parse.query.js';

@ApiTags('resolver')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.parse}`)
export class ParseController {
  @Get()
  @ApiOperation({ summary: 'What TrueTrack understands of a query or title: artists, title, versions, noise' })
  @ApiOkResponse({ description: 'The parsed request' })
  parse(@Query() { q }: ParseQuery): ParseResultDto {
    const parsed = parseRequest(q);
    return { ...parsed, title: parsed.title ?? null };
  }
}
