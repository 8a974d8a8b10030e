import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type ToolStatusDto } from '@app/contracts';
import { ToolStatusService } from './tool-status.service.js';

@ApiTags('system')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.systemTools}`)
export class ToolsController {
  constructor(private readonly tools: ToolStatusService) {}

  @Get()
  @ApiOperation({ summary: 'The yt-dlp, ffmpeg and ffprobe this server runs: path, version, or what is wrong' })
  @ApiOkResponse({ description: 'One entry per tool' })
  status(): Promise<ToolStatusDto[]> {
    return this.tools.status();
  }
}
