import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@app/core';
import { LibraryTrackReads } from '@app/library';
import { AlbumRepository } from '../catalog/album.repository.js';
import type { LidarrAlbumEntity } from '../catalog/lidarr-album.entity.js';
import type { LidarrTrackEntity } from '../catalog/lidarr-track.entity.js';
import { ReleaseRepository } from '../catalog/release.repository.js';
import { LidarrValidationError } from '../http/lidarr-validation.error.js';
import { type TrackResource, toTrackResource } from '../resources/track.resource.js';
import { AlbumDetails } from '../stats/album-details.service.js';

export interface TrackQuery {
  artistId?: number;
  albumId?: number;
  albumReleaseId?: number;
  trackIds?: number[];
}

/** `GET /track`: the tracks of a release (the album's chosen one unless `albumReleaseId` says which). */
@Injectable()
export class TracksService {
  constructor(
    private readonly albums: AlbumRepository,
    private readonly releases: ReleaseRepository,
    private readonly details: AlbumDetails,
    private readonly files: LibraryTrackReads,
  ) {}

  async list(query: TrackQuery): Promise<TrackResource[]> {
    if (query.trackIds) return this.render(await this.releases.tracksByIds(query.trackIds));
    if (query.albumReleaseId !== undefined) {
      return this.render(await this.releases.tracksOf([query.albumReleaseId]));
    }
    if (query.albumId !== undefined) return this.ofAlbums(await this.albums.list({ ids: [query.albumId] }));
    if (query.artistId !== undefined) return this.ofAlbums(await this.albums.list({ artistId: query.artistId }));
    throw LidarrValidationError.of('ArtistId', 'One of artistId, albumId, albumReleaseId or trackIds must be provided');
  }

  async get(id: number): Promise<TrackResource> {
    const [track] = await this.list({ trackIds: [id] });
    if (!track) throw new NotFoundError(`Track with ID ${id} does not exist`);
    return track;
  }

  private async ofAlbums(albums: LidarrAlbumEntity[]): Promise<TrackResource[]> {
    const details = await this.details.load(albums);
    return this.render(details.flatMap((detail) => detail.tracks));
  }

  private async render(tracks: LidarrTrackEntity[]): Promise<TrackResource[]> {
    const releases = await Promise.all(
      [...new Set(tracks.map((t) => t.releaseId))].map((id) => this.releases.findById(id)),
    );
    const albumIds = [...new Set(releases.flatMap((release) => (release ? [release.albumId] : [])))];
    const albums = new Map((await this.albums.list({ ids: albumIds })).map((album) => [album.id, album]));
    const albumOfRelease = new Map(releases.flatMap((r) => (r ? [[r.id, albums.get(r.albumId)]] : [])));
    const sizes = await this.files.sizesByRecording(tracks.map((track) => track.foreignRecordingId));
    const positions = new Map<number, number>();
    return tracks.map((track) => {
      const absolute = (positions.get(track.releaseId) ?? 0) + 1;
      positions.set(track.releaseId, absolute);
      const album = albumOfRelease.get(track.releaseId);
      const owner = { artistId: album?.artistId ?? 0, albumId: album?.id ?? 0 };
      return toTrackResource(track, owner, absolute, sizes.has(track.foreignRecordingId));
    });
  }
}
