import { Injectable } from '@nestjs/common';
import { AlbumRepository } from '../catalog/album.repository.js';
import { ArtistRepository } from '../catalog/artist.repository.js';
import type { LidarrArtistEntity } from '../catalog/lidarr-artist.entity.js';
import { type ArtistResource, toArtistResource } from '../resources/artist.resource.js';
import { AlbumDetails } from '../stats/album-details.service.js';
import { artistStatistics } from '../stats/album-statistics.js';

/** Artists as ArtistResources, with statistics summed over their albums. */
@Injectable()
export class ArtistViews {
  constructor(
    private readonly artists: ArtistRepository,
    private readonly albums: AlbumRepository,
    private readonly details: AlbumDetails,
  ) {}

  async list(): Promise<ArtistResource[]> {
    return this.withStatistics(await this.artists.list());
  }

  async one(artist: LidarrArtistEntity): Promise<ArtistResource> {
    const [resource] = await this.withStatistics([artist]);
    return resource!;
  }

  /** Without statistics: what album, queue and history records embed. */
  async plain(ids: number[]): Promise<Map<number, ArtistResource>> {
    const artists = await this.artists.findByIds([...new Set(ids)]);
    return new Map(artists.map((artist) => [artist.id, toArtistResource(artist)]));
  }

  private async withStatistics(artists: LidarrArtistEntity[]): Promise<ArtistResource[]> {
    const ids = new Set(artists.map((artist) => artist.id));
    const albums = (await this.albums.list()).filter((album) => ids.has(album.artistId));
    const details = await this.details.load(albums);
    return artists.map((artist) =>
      toArtistResource(
        artist,
        artistStatistics(details.filter((d) => d.album.artistId === artist.id).map((d) => d.statistics)),
      ),
    );
  }
}
