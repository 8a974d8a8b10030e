import { Get, Query } from '@nestjs/common';
import { LidarrController } from '../http/lidarr-controller.decorator.js';
import { LidarrValidationError } from '../http/lidarr-validation.error.js';
import { QueryReader } from '../http/query-reader.js';
import { ReleaseSearch } from './release-search.service.js';

@LidarrController('release')
export class LidarrReleaseController {
  constructor(private readonly search: ReleaseSearch) {}

  @Get()
  list(@Query() query: Record<string, unknown>) {
    const albumId = new QueryReader(query).int('albumId');
    if (albumId === undefined)
      throw LidarrValidationError.of('albumId', 'albumId is required (the album to search for)');
    return this.search.forAlbum(albumId);
  }
}
