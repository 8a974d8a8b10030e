import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { callerOf, Users } from '@app/auth';
import { ApiRoutes } from '@app/contracts';
import { ValidationError } from '@app/core';
import { ListeningApiErrors } from '../api/listening-api-errors.decorator.js';
import { AcceptedListens } from '../listens/accepted-listens.service.js';
import { Listeners } from '../listeners/listeners.service.js';
import { PlayerPlayBody } from './player-play.body.js';

/** ListenBrainz's own floor for a listen's time (2002-10-01). */
const EARLIEST = Date.UTC(2002, 9, 1);
/** A player's clock may run a little ahead of the server's. */
const CLOCK_SLACK_MS = 5 * 60_000;

/** Plays in TrueTrack's own player become listens of the signed-in user's listener (source `player`). */
@ApiTags('listening')
@Controller(`${ApiRoutes.prefix}/${ApiRoutes.listens}`)
export class PlayerListensController {
  constructor(
    private readonly users: Users,
    private readonly listeners: Listeners,
    private readonly accepted: AcceptedListens,
  ) {}

  @Post('played')
  @ApiOperation({ summary: "Record a play in TrueTrack's player as a listen of the signed-in user (session only)" })
  @ApiCreatedResponse({ description: '{listenerId, listenedAt}' })
  @ListeningApiErrors(400)
  async played(
    @Body() body: PlayerPlayBody,
    @Req() request: Request,
  ): Promise<{ listenerId: string; listenedAt: string }> {
    const caller = callerOf(request);
    if (caller?.via !== 'session')
      throw new ValidationError('session', 'only a signed-in admin UI user plays in the player');
    const user = await this.users.byId(caller.userId);
    if (!user) throw new ValidationError('session', 'the signed-in user no longer exists');
    const listenedAt = body.listenedAt ? Date.parse(body.listenedAt) : Date.now();
    if (listenedAt < EARLIEST || listenedAt > Date.now() + CLOCK_SLACK_MS)
      throw new ValidationError('listenedAt', 'listenedAt must be between 2002-10-01 and now');
    const listener = await this.listeners.forUser(user.id, user.username);
    await this.accepted.accept(listener, [
      {
        listenerId: listener.id,
        listenedAt,
        artistName: body.artistName.trim(),
        trackName: body.trackName.trim(),
        ...(body.releaseName ? { releaseName: body.releaseName.trim() } : {}),
        ...(body.durationMs ? { durationMs: body.durationMs } : {}),
        ...(body.recordingMbid ? { recordingMbid: body.recordingMbid.toLowerCase() } : {}),
        source: 'player',
        client: 'TrueTrack player',
      },
    ]);
    return { listenerId: listener.id, listenedAt: new Date(listenedAt).toISOString() };
  }
}
