import { Controller, Get, HttpCode, Post, Req, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '@app/auth';
import { LISTENBRAINZ_PREFIX } from '@app/contracts';
import { rawBodyOf } from './listenbrainz-body.js';
import { ListenBrainzErrorFilter } from './listenbrainz-error.filter.js';
import { ListenBrainzIntake, type TokenValidation } from './listenbrainz-intake.service.js';

/**
 * ListenBrainz's API for scrobbling clients (Navidrome, the Jellyfin plugin): let in by a listener's listen token,
 * not the API key. Its answers are ListenBrainz's, documented by ListenBrainz, so it stays out of the OpenAPI
 * document.
 */
@Public()
@ApiExcludeController()
@UseFilters(ListenBrainzErrorFilter)
@Controller(`${LISTENBRAINZ_PREFIX}/1`)
export class ListenBrainzController {
  constructor(private readonly intake: ListenBrainzIntake) {}

  @Post('submit-listens')
  @HttpCode(200)
  submit(@Req() request: Request): Promise<{ status: 'ok' }> {
    return this.intake.submit(request.headers.authorization, rawBodyOf(request));
  }

  @Get('validate-token')
  validate(@Req() request: Request): Promise<TokenValidation> {
    const token = new URL(request.url, 'http://x').searchParams.get('token') ?? undefined;
    return this.intake.validate(request.headers.authorization, token);
  }
}
