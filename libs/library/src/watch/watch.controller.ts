import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type WatchRescanDto, type WatchStatusDto } from '@app/contracts';
import { ConflictError } from '@app/core';
import { LibraryApiErrors } from '../api/library-api-errors.decorator.js';
import { WatchRescanResponse, WatchStatusResponse } from './watch.responses.js';
import { WatchService } from './watch.service.js';

/** The watch folders on the System page: each watcher's state, rejected files, missing tracks, the rescan. */
@ApiTags('system')
@Controller(ApiRoutes.prefix)
export class WatchController {
  constructor(private readonly watch: WatchService) {}

  @Get(ApiRoutes.systemWatch)
  @ApiOperation({ summary: 'Watch folders: each watcher (events or polling), rejected files, missing tracks' })
  @ApiOkResponse({ type: WatchStatusResponse })
  status(): Promise<WatchStatusDto> {
    return this.watch.status();
  }

  @Post(ApiRoutes.systemWatchRescan)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Rescan the import folders and the library now (after the rescan under way, if any); answers what it found',
  })
  @ApiOkResponse({ type: WatchRescanResponse })
  @LibraryApiErrors(409)
  async rescan(): Promise<WatchRescanDto> {
    if (!(await this.watch.status()).enabled) {
      throw new ConflictError('Watch folders are off (TRUETRACK_WATCH=false)');
    }
    return this.watch.rescanNow();
  }
}
