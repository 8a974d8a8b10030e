import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  ApiRoutes,
  type MixDto,
  type MixSearchHitDto,
  type MixSplitDto,
  type MixSummaryDto,
  type RequestMissingResponse,
} from '@app/contracts';
import { MixesService } from '../mixes.service.js';
import { MixSearch } from '../search/mix-search.js';
import { MixSplits } from '../split/mix-splits.service.js';
import { CreateMixBody } from './dto/create-mix.body.js';
import { FixMixLineBody } from './dto/fix-mix-line.body.js';
import { MixIdParams, MixLineParams, MixSearchQuery } from './dto/mix-params.js';
import { MixesApiErrors } from './mixes-api-errors.decorator.js';

/** DJ mixes: tracklists matched to the library, per-line fixes, missing lines requested, CUE sheets. */
@ApiTags('mixes')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.mixes}`)
export class MixesController {
  constructor(
    private readonly mixes: MixesService,
    private readonly searcher: MixSearch,
    private readonly splits: MixSplits,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'MixSummaryDto[]' })
  list(): Promise<MixSummaryDto[]> {
    return this.mixes.list();
  }

  @Get('search')
  @ApiOperation({ summary: 'Which mixes contain the words (artist, title or label of a line)' })
  @ApiOkResponse({ description: 'MixSearchHitDto[]' })
  @MixesApiErrors(400)
  search(@Query() { q }: MixSearchQuery): Promise<MixSearchHitDto[]> {
    return this.searcher.search(q);
  }

  @Post()
  @ApiOperation({ summary: 'Attach a pasted tracklist to a library track; writes a CUE sheet and chapters' })
  @ApiCreatedResponse({ description: 'MixDto' })
  @MixesApiErrors(400)
  create(@Body() body: CreateMixBody): Promise<MixDto> {
    return this.mixes.create(body);
  }

  @Get(':id')
  @ApiOkResponse({ description: 'MixDto' })
  @MixesApiErrors(400, 404)
  get(@Param() { id }: MixIdParams): Promise<MixDto> {
    return this.mixes.get(id);
  }

  @Put(':id/lines/:lineId')
  @ApiOperation({ summary: 'Fix a line: pick a library track, or type the artist and title' })
  @ApiOkResponse({ description: 'MixDto' })
  @MixesApiErrors(400, 404)
  fixLine(@Param() { id, lineId }: MixLineParams, @Body() body: FixMixLineBody): Promise<MixDto> {
    return this.mixes.fixLine(id, lineId, body);
  }

  @Post(':id/request-missing')
  @HttpCode(201)
  @ApiOperation({ summary: 'Request every line missing from the library as one list' })
  @MixesApiErrors(400, 404)
  requestMissing(@Param() { id }: MixIdParams): Promise<RequestMissingResponse> {
    return this.mixes.requestMissing(id);
  }

  @Post(':id/split')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Split the mix at its timed lines: parts beside it, tagged, in the library, linked to the mix',
  })
  @ApiAcceptedResponse({ description: 'MixSplitDto: the split under way; follow it with GET :id/split' })
  @MixesApiErrors(400, 404, 409)
  async split(@Param() { id }: MixIdParams): Promise<MixSplitDto> {
    return (await this.splits.start(id)).status;
  }

  @Get(':id/split')
  @ApiOkResponse({ description: 'MixSplitDto' })
  @MixesApiErrors(400, 404)
  splitStatus(@Param() { id }: MixIdParams): Promise<MixSplitDto> {
    return this.splits.status(id);
  }

  @Get(':id/cue')
  @Header('content-type', 'application/x-cue; charset=utf-8')
  @ApiOperation({ summary: 'The CUE sheet of the mix, from its current lines' })
  @MixesApiErrors(400, 404)
  async cue(@Param() { id }: MixIdParams, @Res({ passthrough: true }) response: Response): Promise<string> {
    const { fileName, text } = await this.mixes.cue(id);
    response.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    return text;
  }
}
