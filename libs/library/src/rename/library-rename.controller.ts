import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type RenameChangeDto, type RenamePreviewDto, type RenameResultDto } from '@app/contracts';
import { LibraryApiErrors } from '../api/library-api-errors.decorator.js';
import { RenameBody } from './dto/rename.body.js';
import { LibraryRenamer } from './library-renamer.service.js';

class RenameChangeResponse implements RenameChangeDto {
  @ApiProperty() trackId!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiPropertyOptional() conflict?: string;
}

class RenamePreviewResponse implements RenamePreviewDto {
  @ApiProperty() checked!: number;
  @ApiProperty({ type: [RenameChangeResponse] }) changes!: RenameChangeResponse[];
}

class SkippedRenameResponse extends RenameChangeResponse {
  @ApiProperty() reason!: string;
}

class RenameResultResponse implements RenameResultDto {
  @ApiProperty({ type: [RenameChangeResponse] }) renamed!: RenameChangeResponse[];
  @ApiProperty({ type: [SkippedRenameResponse] }) skipped!: SkippedRenameResponse[];
}

/** What the naming templates would change in the existing library, and applying it. */
@ApiTags('library')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.libraryRename}`)
export class LibraryRenameController {
  constructor(private readonly renamer: LibraryRenamer) {}

  @Get()
  @ApiOperation({ summary: 'Every indexed file whose path the current templates would change; changes nothing' })
  @ApiOkResponse({ type: RenamePreviewResponse })
  preview(): Promise<RenamePreviewDto> {
    return this.renamer.preview();
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Move files to their template paths (all, or the listed tracks), never over another file' })
  @ApiOkResponse({ type: RenameResultResponse })
  @LibraryApiErrors(400)
  apply(@Body() body: RenameBody): Promise<RenameResultDto> {
    return this.renamer.apply(body.trackIds);
  }
}
