import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type LibraryScanDto, type LibraryScanStartedDto } from '@app/contracts';
import { LibraryScanner } from '../scan/library-scanner.service.js';
import { LibraryIdParams } from './dto/library-id.params.js';
import { LibraryScanBody } from './dto/library-scan.body.js';
import { LibraryScanResponse, LibraryScanStartedResponse } from './dto/library-scan.response.js';
import { LibraryApiErrors } from './library-api-errors.decorator.js';

/** Scans that bring the index in step with the files; progress also goes out as `library.scan` events. */
@ApiTags('library')
@Controller(`${ApiRoutes.prefix}`)
export class LibraryScansController {
  constructor(private readonly scanner: LibraryScanner) {}

  @Post(ApiRoutes.libraryScan)
  @HttpCode(202)
  @ApiOperation({ summary: 'Scan the library or a folder in it; unchanged files are not opened' })
  @ApiAcceptedResponse({ type: LibraryScanStartedResponse })
  @LibraryApiErrors(400, 409)
  async scan(@Body() body: LibraryScanBody): Promise<LibraryScanStartedDto> {
    return { scanId: (await this.scanner.start(body)).scanId };
  }

  @Get(`${ApiRoutes.libraryScans}/:id`)
  @ApiOperation({ summary: 'A running or recent scan: counts, unreadable files, times' })
  @ApiOkResponse({ type: LibraryScanResponse })
  @LibraryApiErrors(400, 404)
  get(@Param() { id }: LibraryIdParams): LibraryScanDto {
    return this.scanner.get(id);
  }
}
