import { Injectable } from '@nestjs/common';
import { AlbumRepository } from '../catalog/album.repository.js';
import { BodyReader } from '../http/body-reader.js';
import { type PageRequest, type PagingResource, pageOf } from '../http/paging.js';
import type { AlbumResource } from '../resources/album.resource.js';
import { type AlbumDetail, AlbumDetails } from '../stats/album-details.service.js';
import { AlbumViews } from './album-views.service.js';

export interface AlbumListQuery {
  artistId?: number;
  albumIds?: number[];
  foreignAlbumId?: string;
}

/** Album reads and edits behind `/album`, `/wanted/missing` and `/calendar`. */
@Injectable()
export class AlbumsService {
  constructor(
    private readonly albums: AlbumRepository,
    private readonly views: AlbumViews,
    private readonly details: AlbumDetails,
  ) {}

  list(query: AlbumListQuery): Promise<AlbumResource[]> {
    return this.views.list({
      ...(query.artistId !== undefined && { artistId: query.artistId }),
      ...(query.albumIds && { ids: query.albumIds }),
      ...(query.foreignAlbumId && { foreignAlbumId: query.foreignAlbumId.toLowerCase() }),
    });
  }

  get(id: number): Promise<AlbumResource> {
    return this.views.get(id);
  }

  /** `PUT /album/:id`: TrueTrack takes `monitored` (and the chosen release's `monitored` flag) from the body. */
  async update(id: number, body: unknown): Promise<AlbumResource> {
    const album = await this.views.entity(id);
    const reader = BodyReader.of(body);
    const monitored = reader.bool('monitored');
    reader.assertValid();
    if (monitored !== undefined) await this.albums.setMonitored([album.id], monitored);
    return this.views.get(id);
  }

  /** `PUT /album/monitor`: `{ albumIds, monitored }`; unknown ids are ignored, as Lidarr does. */
  async monitor(body: unknown): Promise<AlbumResource[]> {
    const reader = BodyReader.of(body);
    const albumIds = reader.intArray('albumIds');
    const monitored = reader.bool('monitored');
    if (!reader.has('albumIds')) reader.fail('albumIds', 'must not be empty');
    if (!reader.has('monitored')) reader.fail('monitored', 'must be true or false');
    reader.assertValid();
    await this.albums.setMonitored(albumIds!, monitored!);
    return this.views.list({ ids: albumIds! });
  }

  /** `wanted/missing`: monitored albums (or unmonitored, with `monitored=false`) with tracks missing. */
  async missing(request: PageRequest, monitored: boolean): Promise<PagingResource<AlbumResource>> {
    const details = await this.details.load(await this.albums.list({ monitored }));
    const missing = details.filter((detail) => detail.statistics.percentOfTracks < 100);
    const direction = request.sortDirection === 'ascending' ? 1 : -1;
    const key = request.sortKey.toLowerCase().includes('title') ? 'title' : 'releaseDate';
    missing.sort((a, b) => direction * (a.album[key] ?? '').localeCompare(b.album[key] ?? ''));
    const page = pageOf(request, missing);
    return { ...page, records: await this.views.renderDetails(page.records) };
  }

  /** Albums released between two times (ISO), monitored ones unless `unmonitored`. */
  async calendar(start: string, end: string, unmonitored: boolean): Promise<(AlbumResource & { grabbed: boolean })[]> {
    const albums = await this.albums.list(unmonitored ? {} : { monitored: true });
    const from = start.slice(0, 10);
    const to = end.slice(0, 10);
    const due = albums.filter((album) => album.releaseDate && album.releaseDate >= from && album.releaseDate <= to);
    const details = await this.details.load(due);
    const resources = await this.views.renderDetails(details);
    // Dashboards (homepage) show whether a release in the calendar has been grabbed already.
    return resources.map((resource, i) => ({ ...resource, grabbed: isGrabbed(details[i]!) }));
  }
}

/** Searched for (an album job made) and not complete in the library yet, or complete. */
function isGrabbed(detail: AlbumDetail): boolean {
  return detail.album.jobId !== null || detail.statistics.percentOfTracks >= 100;
}
