import { Get, Param, Query } from '@nestjs/common';
import { idParam } from '../http/id-param.js';
import { LidarrController } from '../http/lidarr-controller.decorator.js';
import { QueryReader } from '../http/query-reader.js';
import { TracksService } from './tracks.service.js';

@LidarrController('track')
export class LidarrTrackController {
  constructor(private readonly tracks: TracksService) {}

  @Get()
  list(@Query() query: Record<string, unknown>) {
    const q = new QueryReader(query);
    return this.tracks.list({
      artistId: q.int('artistId'),
      albumId: q.int('albumId'),
      albumReleaseId: q.int('albumReleaseId'),
      trackIds: q.intList('trackIds'),
    });
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.tracks.get(idParam(id, 'Track'));
  }
}
