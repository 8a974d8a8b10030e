import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type CreateListResponse } from '@app/contracts';
import { JobsService } from '../jobs.service.js';
import { ApiErrors } from './api-errors.decorator.js';
import { CreateListDto } from './dto/create-list.dto.js';
import { CreateListResponseBody } from './dto/create-list.response.js';

/** Many requests at once: a pasted list or playlist becomes a list job with one track job per entry. */
@ApiTags('jobs')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.lists}`)
export class ListsController {
  constructor(private readonly jobs: JobsService) {}

  @Post()
  @ApiOperation({ summary: 'Request every track of a list, M3U/M3U8 playlist or CSV; at most 2000 entries' })
  @ApiCreatedResponse({ type: CreateListResponseBody })
  @ApiErrors(400, 413)
  create(@Body() body: CreateListDto): Promise<CreateListResponse> {
    return this.jobs.createList(body);
  }
}
