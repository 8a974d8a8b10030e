import { Injectable, Logger } from '@nestjs/common';
import { JobKind } from '@app/contracts';
import { JobsService } from '@app/jobs';
import { AlbumReleases } from './album-releases.service.js';
import { AlbumRepository } from './album.repository.js';
import type { LidarrAlbumEntity } from './lidarr-album.entity.js';

/** What a search did for one album. */
export interface AlbumSearchResult {
  albumId: number;
  jobId?: string;
  problem?: string;
}

/** A search for an album is an `album` job for its chosen release: the pipeline fetches every track of it. */
@Injectable()
export class AlbumSearcher {
  private readonly logger = new Logger(AlbumSearcher.name);

  constructor(
    private readonly albums: AlbumRepository,
    private readonly releases: AlbumReleases,
    private readonly jobs: JobsService,
  ) {}

  async search(albums: LidarrAlbumEntity[]): Promise<AlbumSearchResult[]> {
    const results: AlbumSearchResult[] = [];
    for (const album of albums) results.push(await this.searchOne(album));
    return results;
  }

  private async searchOne(album: LidarrAlbumEntity): Promise<AlbumSearchResult> {
    await this.releases.ensure(album);
    const releaseId = album.chosenReleaseId;
    if (!releaseId) return { albumId: album.id, problem: `MusicBrainz lists no release of ${album.title}` };
    const { job } = await this.jobs.create({ kind: JobKind.Album, query: releaseId });
    await this.albums.save({ ...album, jobId: job.id, lastSearchAt: Date.now() });
    this.logger.log(`Album ${album.id}: search started as job ${job.id} (release ${releaseId})`);
    return { albumId: album.id, jobId: job.id };
  }
}
