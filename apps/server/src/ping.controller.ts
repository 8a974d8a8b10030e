import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import { ApiRoutes } from '@app/contracts';

/** Liveness check for health probes and reverse proxies; never needs a key. */
@ApiTags('health')
@Public()
@Controller(ApiRoutes.ping)
export class PingController {
  @Get()
  @ApiOperation({ summary: 'Answers while the server is up' })
  @ApiOkResponse({ schema: { type: 'object', properties: { status: { type: 'string', example: 'ok' } } } })
  ping(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
