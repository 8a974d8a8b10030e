import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type DuplicateActionDto, type DuplicatesDto } from '@app/contracts';
import { LibraryApiErrors } from '../api/library-api-errors.decorator.js';
import { DuplicateActionBody, DuplicateActionParams } from './duplicate-action.body.js';
import { Duplicates } from './duplicates.service.js';
import { DuplicateActionResponse, DuplicatesResponse } from './duplicates.responses.js';

/** The Duplicates page: groups, proposed keepers, and keep / archive / delete, each undoable. */
@ApiTags('library')
@Controller(ApiRoutes.prefix)
export class DuplicatesController {
  constructor(private readonly duplicates: Duplicates) {}

  @Get(ApiRoutes.libraryDuplicates)
  @ApiOperation({ summary: 'Duplicate groups (same bytes, same recording, near-identical fingerprints) and actions' })
  @ApiOkResponse({ type: DuplicatesResponse })
  list(): Promise<DuplicatesDto> {
    return this.duplicates.list();
  }

  @Post(`${ApiRoutes.libraryDuplicates}/actions`)
  @ApiOperation({ summary: 'Keep a group, or archive or delete one file of it (moved into the archive folder)' })
  @ApiCreatedResponse({ type: DuplicateActionResponse })
  @LibraryApiErrors(400, 404, 409)
  act(@Body() body: DuplicateActionBody): Promise<DuplicateActionDto> {
    return this.duplicates.act(body.action, body.groupKey, body.trackId);
  }

  @Post(`${ApiRoutes.libraryDuplicates}/actions/:id/undo`)
  @HttpCode(200)
  @ApiOperation({ summary: 'Undo an action: the file moves back where it was' })
  @ApiOkResponse({ type: DuplicateActionResponse })
  @LibraryApiErrors(400, 404, 409)
  undo(@Param() { id }: DuplicateActionParams): Promise<DuplicateActionDto> {
    return this.duplicates.undo(id);
  }
}
