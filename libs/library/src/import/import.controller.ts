import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type ImportResultDto } from '@app/contracts';
import { JobResponse } from '@app/jobs';
import { LibraryApiErrors } from '../api/library-api-errors.decorator.js';
import { ImportBody } from './dto/import.body.js';
import { ImportService } from './import.service.js';

class SkippedFileResponse {
  @ApiProperty() path!: string;
  @ApiProperty() reason!: string;
}

class ImportResultResponse implements ImportResultDto {
  @ApiProperty({ type: [JobResponse] }) jobs!: JobResponse[];
  @ApiProperty({ type: [SkippedFileResponse] }) skipped!: SkippedFileResponse[];
}

/** Files already on disk into the library: identified, tagged and filed like downloads. */
@ApiTags('library')
@Controller(ApiRoutes.prefix)
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @Post(ApiRoutes.import)
  @ApiOperation({ summary: 'Import a file or every audio file of a folder: one import job per file' })
  @ApiCreatedResponse({ type: ImportResultResponse })
  @LibraryApiErrors(400)
  start(@Body() body: ImportBody): Promise<ImportResultDto> {
    return this.imports.start(body.path);
  }
}
