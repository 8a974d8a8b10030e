import { Injectable } from '@nestjs/common';
import { JobStatus } from '@app/contracts';
import { JobsService } from '@app/jobs';
import { AlbumViews } from '../api/album-views.service.js';
import { AlbumRepository } from '../catalog/album.repository.js';
import { type PageRequest, type PagingResource, pageOf } from '../http/paging.js';
import { type QueueResource, toQueueResource } from './queue.resource.js';

/** How many active jobs the queue shows at most; Lidarr clients page through far fewer. */
const MAX_ACTIVE = 500;

/** Lidarr's queue: every active top-level job (an album job stands for all its tracks). */
@Injectable()
export class QueueService {
  constructor(
    private readonly jobs: JobsService,
    private readonly albums: AlbumRepository,
    private readonly albumViews: AlbumViews,
  ) {}

  async page(request: PageRequest): Promise<PagingResource<QueueResource>> {
    return pageOf(request, await this.items());
  }

  /** Lidarr's QueueStatusResource: `totalCount` is what dashboards show. */
  async status() {
    const count = await this.count();
    const flags = { errors: false, warnings: false, unknownErrors: false, unknownWarnings: false };
    return { id: 0, totalCount: count, count, unknownCount: 0, ...flags };
  }

  async count(): Promise<number> {
    const { totalRecords } = await this.jobs.list({
      status: [JobStatus.Running, JobStatus.Waiting],
      parentId: 'none',
      pageSize: 1,
    });
    return totalRecords;
  }

  async items(): Promise<QueueResource[]> {
    const { records } = await this.jobs.list({
      status: [JobStatus.Running, JobStatus.Waiting],
      parentId: 'none',
      pageSize: MAX_ACTIVE,
    });
    const albums = await this.albumViews.render(await this.albums.list({ jobIds: records.map((job) => job.id) }));
    const entities = await this.albums.list({ jobIds: records.map((job) => job.id) });
    const albumOfJob = new Map(entities.map((entity) => [entity.jobId, albums.find((a) => a.id === entity.id)]));
    const now = Date.now();
    const items: QueueResource[] = [];
    for (const job of records) {
      const [created] = await this.jobs.history(job.id);
      items.push(toQueueResource({ number: created?.id ?? 0, job, album: albumOfJob.get(job.id), now }));
    }
    return items.sort((a, b) => a.id - b.id);
  }
}
