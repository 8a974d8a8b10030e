import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoutes } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { OpsRoutes } from '../ops-routes.js';
import { logDir } from './log-files.js';
import type { LogLineDto } from './log-line.js';
import { readLatestLines } from './log-reader.js';
import { LogsQueryDto } from './logs.query.js';

@ApiTags('system')
@Controller(`${ApiRoutes.prefix}/${OpsRoutes.systemLogs}`)
export class SystemLogsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @ApiOperation({ summary: "The newest lines of the server's and workers' log files, newest first" })
  @ApiOkResponse({ description: 'Parsed log lines: time, level, context, message, reqId, jobId, fields' })
  @ApiBadRequestResponse({ description: 'Invalid parameter; `errors` names it' })
  list(@Query() query: LogsQueryDto): Promise<LogLineDto[]> {
    return readLatestLines(logDir(this.config), { level: query.level, jobId: query.jobId, limit: query.limit ?? 200 });
  }
}
