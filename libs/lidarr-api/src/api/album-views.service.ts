import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@app/core';
import { type AlbumFilter, AlbumRepository } from '../catalog/album.repository.js';
import type { LidarrAlbumEntity } from '../catalog/lidarr-album.entity.js';
import { type AlbumResource, toAlbumResource } from '../resources/album.resource.js';
import { type AlbumDetail, AlbumDetails } from '../stats/album-details.service.js';
import { ArtistViews } from './artist-views.service.js';

/** Albums as AlbumResources, each with its artist embedded (Lidarr always embeds it). */
@Injectable()
export class AlbumViews {
  constructor(
    private readonly albums: AlbumRepository,
    private readonly details: AlbumDetails,
    private readonly artists: ArtistViews,
  ) {}

  async list(filter: AlbumFilter): Promise<AlbumResource[]> {
    return this.render(await this.albums.list(filter));
  }

  async get(id: number): Promise<AlbumResource> {
    const [resource] = await this.render([await this.entity(id)]);
    return resource!;
  }

  async entity(id: number): Promise<LidarrAlbumEntity> {
    const album = await this.albums.findById(id);
    if (!album) throw new NotFoundError(`Album with ID ${id} does not exist`);
    return album;
  }

  async render(albums: LidarrAlbumEntity[]): Promise<AlbumResource[]> {
    return this.renderDetails(await this.details.load(albums));
  }

  async renderDetails(details: AlbumDetail[]): Promise<AlbumResource[]> {
    const artists = await this.artists.plain(details.map((detail) => detail.album.artistId));
    return details.map((detail) => toAlbumResource(detail, artists.get(detail.album.artistId)));
  }
}
