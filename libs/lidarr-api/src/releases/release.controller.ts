import { Body, Get, HttpCode, Post, Query } from '@nestjs/common';
import { LidarrController } from '../http/lidarr-controller.decorator.js';
import { LidarrValidationError } from '../http/lidarr-validation.error.js';
import { QueryReader } from '../http/query-reader.js';
import { ReleaseGrab } from './release-grab.service.js';
import { ReleaseSearch } from './release-search.service.js';

@LidarrController('release')
export class LidarrReleaseController {
  constructor(
    private readonly search: ReleaseSearch,
    private readonly grabber: ReleaseGrab,
  ) {}

  @Get()
  list(@Query() query: Record<string, unknown>) {
    const albumId = new QueryReader(query).int('albumId');
    if (albumId === undefined)
      throw LidarrValidationError.of('albumId', 'albumId is required (the album to search for)');
    return this.search.forAlbum(albumId);
  }

  /** Grabs a release of the last search, as Lidarr: 200 with the release, 404 once the search is forgotten. */
  @Post()
  @HttpCode(200)
  grab(@Body() body: unknown) {
    return this.grabber.grab(body);
  }
}
