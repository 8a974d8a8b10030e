import { Get, Query } from '@nestjs/common';
import { LidarrController } from '../http/lidarr-controller.decorator.js';
import { QueryReader } from '../http/query-reader.js';
import { LookupService } from './lookup.service.js';

@LidarrController('search')
export class LidarrSearchController {
  constructor(private readonly lookups: LookupService) {}

  @Get()
  async search(@Query() query: Record<string, unknown>) {
    const artists = await this.lookups.artistLookup(new QueryReader(query).string('term') ?? '');
    return artists.map((artist, index) => ({ id: index + 1, foreignId: artist.foreignArtistId, artist }));
  }
}
