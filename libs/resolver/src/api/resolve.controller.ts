import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoutes, type ResolveResultDto } from '@app/contracts';
import { IdentityResolver } from '../identity/identity-resolver.service.js';
import { toResolveResult } from './resolve-result.mapper.js';
import { ResolveBody } from './dto/resolve.body.js';

@ApiTags('resolver')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.resolve}`)
export class ResolveController {
  constructor(private readonly resolver: IdentityResolver) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'The ranked recordings a query may mean, with scores and reasons; creates no job' })
  @ApiOkResponse({ description: 'Decision and ranked candidates' })
  async resolve(@Body() body: ResolveBody): Promise<ResolveResultDto> {
    return toResolveResult(await this.resolver.resolve(body.query));
  }
}
