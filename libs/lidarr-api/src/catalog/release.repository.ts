import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@app/db';
import { In } from 'typeorm';
import { LidarrReleaseEntity } from './lidarr-release.entity.js';
import { LidarrTrackEntity } from './lidarr-track.entity.js';

export type NewRelease = Omit<LidarrReleaseEntity, 'id' | 'albumId'> & {
  tracks: Omit<LidarrTrackEntity, 'id' | 'releaseId'>[];
};

/** SQL of `lidarr_release` and `lidarr_track`: an album's editions are replaced together. */
@Injectable()
export class ReleaseRepository {
  constructor(private readonly tx: TransactionRunner) {}

  ofAlbums(albumIds: number[]): Promise<LidarrReleaseEntity[]> {
    if (!albumIds.length) return Promise.resolve([]);
    return this.tx.outsideTransaction((m) =>
      m.find(LidarrReleaseEntity, { where: { albumId: In(albumIds) }, order: { id: 'ASC' } }),
    );
  }

  findById(id: number): Promise<LidarrReleaseEntity | null> {
    return this.tx.outsideTransaction((m) => m.findOneBy(LidarrReleaseEntity, { id }));
  }

  tracksOf(releaseIds: number[]): Promise<LidarrTrackEntity[]> {
    if (!releaseIds.length) return Promise.resolve([]);
    return this.tx.outsideTransaction((m) =>
      m.find(LidarrTrackEntity, {
        where: { releaseId: In(releaseIds) },
        order: { releaseId: 'ASC', mediumNumber: 'ASC', position: 'ASC' },
      }),
    );
  }

  tracksByIds(ids: number[]): Promise<LidarrTrackEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.tx.outsideTransaction((m) => m.findBy(LidarrTrackEntity, { id: In(ids) }));
  }

  /** Keeps the ids of releases still there, so that clients holding a release id keep it. */
  async replace(albumId: number, releases: NewRelease[]): Promise<void> {
    await this.tx.run(async (m) => {
      const old = await m.find(LidarrReleaseEntity, { where: { albumId }, select: ['id', 'foreignReleaseId'] });
      const kept = new Map(old.map((row) => [row.foreignReleaseId, row.id]));
      const gone = old.filter((row) => !releases.some((r) => r.foreignReleaseId === row.foreignReleaseId));
      const all = old.map((row) => row.id);
      if (all.length) await m.delete(LidarrTrackEntity, { releaseId: In(all) });
      if (gone.length) await m.delete(LidarrReleaseEntity, { id: In(gone.map((row) => row.id)) });
      for (const { tracks, ...release } of releases) {
        const id = kept.get(release.foreignReleaseId);
        const saved = await m.save(LidarrReleaseEntity, { ...release, albumId, ...(id !== undefined && { id }) });
        if (tracks.length)
          await m.insert(
            LidarrTrackEntity,
            tracks.map((track) => ({ ...track, releaseId: saved.id })),
          );
      }
    });
  }
}
