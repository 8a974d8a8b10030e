import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@app/db';
import { In } from 'typeorm';
import { LidarrAlbumEntity } from './lidarr-album.entity.js';
import { LidarrArtistEntity } from './lidarr-artist.entity.js';
import { LidarrReleaseEntity } from './lidarr-release.entity.js';
import { LidarrTrackEntity } from './lidarr-track.entity.js';

/** SQL of `lidarr_artist`; deleting an artist deletes its albums, releases and tracks with it. */
@Injectable()
export class ArtistRepository {
  constructor(private readonly tx: TransactionRunner) {}

  list(): Promise<LidarrArtistEntity[]> {
    return this.tx.outsideTransaction((m) => m.find(LidarrArtistEntity, { order: { sortName: 'ASC', id: 'ASC' } }));
  }

  findById(id: number): Promise<LidarrArtistEntity | null> {
    return this.tx.outsideTransaction((m) => m.findOneBy(LidarrArtistEntity, { id }));
  }

  findByIds(ids: number[]): Promise<LidarrArtistEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.tx.outsideTransaction((m) => m.findBy(LidarrArtistEntity, { id: In(ids) }));
  }

  findByForeignIds(foreignIds: string[]): Promise<LidarrArtistEntity[]> {
    if (!foreignIds.length) return Promise.resolve([]);
    return this.tx.outsideTransaction((m) => m.findBy(LidarrArtistEntity, { foreignArtistId: In(foreignIds) }));
  }

  save(artist: LidarrArtistEntity): Promise<LidarrArtistEntity> {
    return this.tx.run((m) => m.save(LidarrArtistEntity, artist));
  }

  async remove(id: number): Promise<void> {
    await this.tx.run(async (m) => {
      const albums = await m.find(LidarrAlbumEntity, { where: { artistId: id }, select: ['id'] });
      const albumIds = albums.map((album) => album.id);
      if (albumIds.length) {
        const releases = await m.find(LidarrReleaseEntity, { where: { albumId: In(albumIds) }, select: ['id'] });
        const releaseIds = releases.map((release) => release.id);
        if (releaseIds.length) await m.delete(LidarrTrackEntity, { releaseId: In(releaseIds) });
        await m.delete(LidarrReleaseEntity, { albumId: In(albumIds) });
        await m.delete(LidarrAlbumEntity, { artistId: id });
      }
      await m.delete(LidarrArtistEntity, { id });
    });
  }
}
