import { Body, Controller, HttpCode, Post, ServiceUnavailableException } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { PermanentError, RetryableError, UnprocessableError } from '@app/core';
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
  @ApiUnprocessableEntityResponse({ description: 'No metadata provider is enabled, or none can answer this query' })
  @ApiServiceUnavailableResponse({ description: 'Every metadata provider failed for now; try again later' })
  async resolve(@Body() body: ResolveBody): Promise<ResolveResultDto> {
    try {
      return toResolveResult(await this.resolver.resolve(body.query));
    } catch (error) {
      // A job would fail or retry here; a person asking directly gets the reason as a 422 / 503.
      if (error instanceof PermanentError) throw new UnprocessableError(error.message, { cause: error });
      if (error instanceof RetryableError) throw new ServiceUnavailableException(error.message);
      throw error;
    }
  }
}
