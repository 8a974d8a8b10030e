import { Injectable, Logger } from '@nestjs/common';
import { JobKind } from '@app/contracts';
import { ConflictError, NotFoundError } from '@app/core';
import { JobsService } from '@app/jobs';
import { TorrentClients } from '@app/torrents';
import { AlbumReleases } from '../catalog/album-releases.service.js';
import { AlbumRepository } from '../catalog/album.repository.js';
import { readGrabInput } from './grab-input.js';
import { ReleaseCache } from './release-cache.js';
import type { ReleaseResource } from './release.resource.js';

/**
 * Lidarr's grab: a release a search just showed becomes an album job for the album's chosen edition, which sends
 * exactly that release to the enabled download client and follows the download into the library.
 */
@Injectable()
export class ReleaseGrab {
  private readonly logger = new Logger(ReleaseGrab.name);

  constructor(
    private readonly cache: ReleaseCache,
    private readonly clients: TorrentClients,
    private readonly albums: AlbumRepository,
    private readonly releases: AlbumReleases,
    private readonly jobs: JobsService,
  ) {}

  async grab(body: unknown): Promise<ReleaseResource> {
    const { guid, indexerId } = readGrabInput(body);
    const cached = this.cache.find(guid);
    if (!cached || cached.resource.indexerId !== indexerId)
      throw new NotFoundError("Couldn't find requested release in cache, cache timeout probably expired.");
    if (!(await this.clients.active()))
      throw new ConflictError('No download client is enabled: add one under Settings, Torrent sources');
    const { release, offered, resource } = cached;
    if (!release.magnetUrl && !release.torrentUrl)
      throw new NotFoundError(`The release ${release.title} has no download link`);
    const album = await this.albums.findById(resource.albumId);
    if (!album) throw new NotFoundError(`Album with ID ${resource.albumId} does not exist`);
    await this.releases.ensure(album);
    const releaseId = album.chosenReleaseId;
    if (!releaseId) throw new NotFoundError(`MusicBrainz lists no release of ${album.title}`);
    const { job } = await this.jobs.create({
      kind: JobKind.Album,
      query: releaseId,
      data: { grabbedRelease: offered },
    });
    await this.albums.save({ ...album, jobId: job.id });
    this.logger.log(`Album ${album.id}: ${release.title} grabbed as job ${job.id}`);
    return resource;
  }
}
