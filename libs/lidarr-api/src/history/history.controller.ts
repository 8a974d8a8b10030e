import { Get, Query } from '@nestjs/common';
import { LidarrController } from '../http/lidarr-controller.decorator.js';
import { readPageRequest } from '../http/paging.js';
import { QueryReader } from '../http/query-reader.js';
import { HistoryService } from './history.service.js';

@LidarrController('history')
export class LidarrHistoryController {
  constructor(private readonly history: HistoryService) {}

  @Get()
  page(@Query() query: Record<string, unknown>) {
    const q = new QueryReader(query);
    return this.history.page(readPageRequest(q, 'date', 'descending'), q.int('albumId'));
  }
}
