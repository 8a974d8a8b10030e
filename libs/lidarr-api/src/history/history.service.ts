import { Injectable } from '@nestjs/common';
import { TransitionHistory } from '@app/jobs';
import { AlbumRepository } from '../catalog/album.repository.js';
import type { PageRequest, PagingResource } from '../http/paging.js';
import { HISTORY_STATES, type HistoryResource, toHistoryResource } from './history.resource.js';

/** Lidarr's history: grabs, imports and failures of jobs, with the album a job was searching for. */
@Injectable()
export class HistoryService {
  constructor(
    private readonly history: TransitionHistory,
    private readonly albums: AlbumRepository,
  ) {}

  async page(request: PageRequest, albumId?: number): Promise<PagingResource<HistoryResource>> {
    const album = albumId === undefined ? undefined : await this.albums.findById(albumId);
    if (albumId !== undefined && !album?.jobId) return { ...request, totalRecords: 0, records: [] };
    const [rows, totalRecords] = await this.history.page({
      states: HISTORY_STATES,
      skip: (request.page - 1) * request.pageSize,
      take: request.pageSize,
      ascending: request.sortDirection === 'ascending',
      ...(album?.jobId && { jobId: album.jobId }),
    });
    const jobIds = [...new Set(rows.map((row) => row.parentId ?? row.jobId))];
    const owners = new Map((await this.albums.list({ jobIds })).map((a) => [a.jobId, a]));
    const records = rows.map((row) => toHistoryResource(row, owners.get(row.parentId ?? row.jobId)));
    return { ...request, totalRecords, records };
  }
}
