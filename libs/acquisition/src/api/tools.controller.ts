import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiRoutes, type ToolStatusDto, type ToolUpdateDto } from '@app/contracts';
import { YtDlpUpdater } from '../ytdlp/ytdlp-updater.js';
import { ToolStatusService } from './tool-status.service.js';

@ApiTags('system')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.systemTools}`)
export class ToolsController {
  constructor(
    private readonly tools: ToolStatusService,
    private readonly updater: YtDlpUpdater,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The yt-dlp, ffmpeg and ffprobe this server runs: path, version, or what is wrong',
    description: 'For yt-dlp also whether it can be updated, the latest release and recent transient failures.',
  })
  @ApiOkResponse({ description: 'One entry per tool' })
  status(): Promise<ToolStatusDto[]> {
    return this.tools.status();
  }

  @Post('yt-dlp/update')
  @HttpCode(200)
  @ApiOperation({ summary: "Replaces the data folder's yt-dlp with the latest release, only once it runs" })
  @ApiOkResponse({ description: 'The version before and after' })
  @ApiConflictResponse({ description: 'yt-dlp is a system program, not a binary in the data folder' })
  @ApiUnprocessableEntityResponse({ description: 'The release could not be downloaded or does not run' })
  async update(): Promise<ToolUpdateDto> {
    try {
      return await this.updater.update();
    } finally {
      this.tools.forgetVersions();
    }
  }
}
