import { Get, Query } from '@nestjs/common';
import { LidarrController } from '../http/lidarr-controller.decorator.js';
import { readPageRequest } from '../http/paging.js';
import { QueryReader } from '../http/query-reader.js';
import { AlbumsService } from './albums.service.js';

@LidarrController('')
export class LidarrWantedController {
  constructor(private readonly albums: AlbumsService) {}

  @Get('wanted/missing')
  missing(@Query() query: Record<string, unknown>) {
    const q = new QueryReader(query);
    return this.albums.missing(readPageRequest(q, 'releaseDate', 'descending'), q.bool('monitored', true));
  }

  @Get('calendar')
  calendar(@Query() query: Record<string, unknown>) {
    const q = new QueryReader(query);
    const today = new Date();
    const start = q.string('start') ?? today.toISOString();
    const end = q.string('end') ?? new Date(today.getTime() + 7 * 86_400_000).toISOString();
    return this.albums.calendar(start, end, q.bool('unmonitored', false));
  }
}
