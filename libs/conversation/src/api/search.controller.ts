import { Body, Controller, Delete, Get, HttpCode, Post, Put, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  ApiRoutes,
  type JobDto,
  type SearchHistoryEntryDto,
  type SearchPreferences,
  type SearchResponseDto,
} from '@app/contracts';
import { errorResponses } from '@app/platform';
import { ConversationalSearch } from '../search/conversational-search.service.js';
import { personOf } from '../search/person.js';
import { PickResult } from '../search/pick-result.service.js';
import { SearchHistory } from '../search/search-history.service.js';
import { SearchPreferenceStore } from '../search/search-preferences.service.js';
import { PickBody } from './dto/pick.body.js';
import { SearchBody, UpdatePreferencesBody } from './dto/search.body.js';

const SearchApiErrors = errorResponses({
  400: 'Invalid input; `errors` names each offending field',
  404: 'No such search in your history, or no such result in it',
  503: 'No metadata provider is enabled, or every one failed; the message says which',
});

/** Requests in plain words: questions or results, the pick that starts a job, history and preferences per person. */
@ApiTags('search')
@SearchApiErrors(400, 404)
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.search}`)
export class SearchController {
  constructor(
    private readonly search: ConversationalSearch,
    private readonly picks: PickResult,
    private readonly history: SearchHistory,
    private readonly preferences: SearchPreferenceStore,
  ) {}

  @Post()
  @HttpCode(200)
  @SearchApiErrors(503)
  @ApiOperation({ summary: 'Read a request in plain words; answer with clarifying questions or the results' })
  @ApiOkResponse({ description: 'SearchResponseDto' })
  answer(@Req() request: Request, @Body() body: SearchBody): Promise<SearchResponseDto> {
    return this.search.search(personOf(request), body);
  }

  @Post('pick')
  @ApiOperation({ summary: 'Start the request job for one result of an earlier search' })
  @ApiCreatedResponse({ description: 'The job created (JobDto)' })
  pick(@Req() request: Request, @Body() body: PickBody): Promise<JobDto> {
    return this.picks.pick(personOf(request), body.searchId, body.resultId);
  }

  @Get('history')
  @ApiOperation({ summary: "The caller's searches, newest first (kept on this machine only)" })
  @ApiOkResponse({ description: 'SearchHistoryEntryDto[]' })
  listHistory(@Req() request: Request): Promise<SearchHistoryEntryDto[]> {
    return this.history.list(personOf(request));
  }

  @Delete('history')
  @ApiOperation({ summary: "Clear the caller's search history" })
  @ApiOkResponse({ description: '{ removed }' })
  async clearHistory(@Req() request: Request): Promise<{ removed: number }> {
    return { removed: await this.history.clear(personOf(request)) };
  }

  @Get('preferences')
  @ApiOperation({ summary: "The caller's standing answers (prefer studio, prefer FLAC…)" })
  @ApiOkResponse({ description: 'SearchPreferences' })
  getPreferences(@Req() request: Request): Promise<SearchPreferences> {
    return this.preferences.get(personOf(request));
  }

  @Put('preferences')
  @ApiOperation({ summary: 'Change standing answers: a key set to null is forgotten, one left out is kept' })
  @ApiOkResponse({ description: 'SearchPreferences' })
  setPreferences(@Req() request: Request, @Body() body: UpdatePreferencesBody): Promise<SearchPreferences> {
    return this.preferences.update(personOf(request), body);
  }
}
