import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRoutes } from '@app/contracts';
import { NotFoundError } from '@app/core';
import { errorResponses } from '@app/platform';
import { LastfmTagSync, type LastfmSyncStarted } from '../lastfm/lastfm-tag-sync.service.js';
import { LastfmTagStore } from '../lastfm/lastfm-tag-store.js';
import type { TrackLastfmTagsEntity } from '../lastfm/track-lastfm-tags.entity.js';
import { LastfmSyncQueryDto } from './dto/lastfm-sync.query.js';
import { TrackIdParams } from './dto/track-id.params.js';

const TagApiErrors = errorResponses({
  400: 'Invalid input; `errors` names each offending field',
  404: 'The track has no Last.fm tags yet',
  409: 'TRUETRACK_LASTFM_API_KEY is not set',
});

/** Both spellings the seed's clients use: under /api/v1 and bare. */
const both = (route: string): string[] => [`${ApiRoutes.prefix}/${route}`, route];

/** Last.fm genre and mood tags of library tracks: sync them, read a track's. */
@ApiTags('analysis')
@Controller()
export class LastfmTagsController {
  constructor(
    private readonly sync: LastfmTagSync,
    private readonly store: LastfmTagStore,
  ) {}

  @Post(both('tags/lastfm/sync'))
  @HttpCode(202)
  @ApiOperation({ summary: 'Start fetching Last.fm tags for tracks never tagged, or changed since `since`' })
  @ApiAcceptedResponse({ description: '`{started, tracks}`: false when a sync is already running' })
  @TagApiErrors(400, 409)
  start(@Query() { since }: LastfmSyncQueryDto): Promise<LastfmSyncStarted> {
    return this.sync.start(since === undefined ? undefined : Date.parse(since));
  }

  @Get(both('tags/track/:id'))
  @ApiOperation({ summary: "A track's Last.fm genres and moods, with their counts and whether track or artist" })
  @ApiOkResponse({ description: '`{trackId, status, tags: [{name, kind, count, from}], syncedAt}`' })
  @TagApiErrors(400, 404)
  async tags(@Param() { id }: TrackIdParams): Promise<TrackLastfmTagsEntity> {
    const row = await this.store.find(id);
    if (!row) throw new NotFoundError(`Track ${id} has no Last.fm tags yet`);
    return row;
  }
}
