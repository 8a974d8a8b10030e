import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@app/db';
import { In, type FindOptionsWhere } from 'typeorm';
import { LidarrAlbumEntity } from './lidarr-album.entity.js';

export interface AlbumFilter {
  artistId?: number;
  ids?: number[];
  foreignAlbumId?: string;
  jobIds?: string[];
  monitored?: boolean;
}

/** SQL of `lidarr_album`. */
@Injectable()
export class AlbumRepository {
  constructor(private readonly tx: TransactionRunner) {}

  list(filter: AlbumFilter = {}): Promise<LidarrAlbumEntity[]> {
    const where: FindOptionsWhere<LidarrAlbumEntity> = {};
    if (filter.artistId !== undefined) where.artistId = filter.artistId;
    if (filter.ids) where.id = In(filter.ids);
    if (filter.foreignAlbumId) where.foreignAlbumId = filter.foreignAlbumId;
    if (filter.jobIds) where.jobId = In(filter.jobIds);
    if (filter.monitored !== undefined) where.monitored = filter.monitored;
    return this.tx.outsideTransaction((m) =>
      m.find(LidarrAlbumEntity, { where, order: { releaseDate: 'DESC', id: 'ASC' } }),
    );
  }

  findById(id: number): Promise<LidarrAlbumEntity | null> {
    return this.tx.outsideTransaction((m) => m.findOneBy(LidarrAlbumEntity, { id }));
  }

  findByForeignIds(foreignIds: string[]): Promise<LidarrAlbumEntity[]> {
    if (!foreignIds.length) return Promise.resolve([]);
    return this.tx.outsideTransaction((m) => m.findBy(LidarrAlbumEntity, { foreignAlbumId: In(foreignIds) }));
  }

  save(album: LidarrAlbumEntity): Promise<LidarrAlbumEntity> {
    return this.tx.run((m) => m.save(LidarrAlbumEntity, album));
  }

  saveMany(albums: LidarrAlbumEntity[]): Promise<LidarrAlbumEntity[]> {
    if (!albums.length) return Promise.resolve([]);
    return this.tx.run((m) => m.save(LidarrAlbumEntity, albums));
  }

  async setMonitored(ids: number[], monitored: boolean): Promise<void> {
    if (!ids.length) return;
    await this.tx.run((m) => m.update(LidarrAlbumEntity, { id: In(ids) }, { monitored }));
  }
}
