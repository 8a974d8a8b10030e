import { Get, Query } from '@nestjs/common';
import { LidarrController } from '../http/lidarr-controller.decorator.js';
import { readPageRequest } from '../http/paging.js';
import { QueryReader } from '../http/query-reader.js';
import { QueueService } from './queue.service.js';

@LidarrController('queue')
export class LidarrQueueController {
  constructor(private readonly queue: QueueService) {}

  @Get()
  page(@Query() query: Record<string, unknown>) {
    return this.queue.page(readPageRequest(new QueryReader(query), 'timeleft', 'ascending'));
  }

  @Get('status')
  status() {
    return this.queue.status();
  }
}
