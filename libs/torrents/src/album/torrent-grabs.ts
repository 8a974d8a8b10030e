import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@app/db';
import { type EntityManager, IsNull } from 'typeorm';
import type { GrabbedTorrent } from './album-plan.js';
import type { OfferedRelease } from './release-offer.js';
import { TorrentGrabEntity } from './torrent-grab.entity.js';

/** The torrents album jobs sent to download clients, until each leaves its client. */
@Injectable()
export class TorrentGrabs {
  constructor(private readonly tx: TransactionRunner) {}

  /** Written with the transition into DOWNLOADING; a job that grabs again (retried) replaces its row. */
  async record(manager: EntityManager, jobId: string, torrent: GrabbedTorrent, release: OfferedRelease): Promise<void> {
    const row = Object.assign(new TorrentGrabEntity(), {
      jobId,
      infoHash: torrent.infoHash,
      clientId: torrent.clientId,
      title: torrent.title.slice(0, 1000),
      minimumRatio: release.minimumRatio ?? null,
      minimumSeedSeconds: release.minimumSeedTimeSeconds ?? null,
      grabbedAt: Date.now(),
      completedAt: null,
      removedAt: null,
      removalReason: null,
    });
    await manager.save(row);
  }

  async completed(jobId: string, at: number): Promise<void> {
    await this.tx.outsideTransaction((m) =>
      m.update(TorrentGrabEntity, { jobId, completedAt: IsNull() }, { completedAt: at }),
    );
  }

  async removed(jobId: string, reason: string, at: number): Promise<void> {
    await this.tx.outsideTransaction((m) =>
      m.update(
        TorrentGrabEntity,
        { jobId, removedAt: IsNull() },
        { removedAt: at, removalReason: reason.slice(0, 500) },
      ),
    );
  }

  async ofJob(jobId: string): Promise<TorrentGrabEntity | undefined> {
    return (await this.tx.outsideTransaction((m) => m.findOne(TorrentGrabEntity, { where: { jobId } }))) ?? undefined;
  }

  /** Torrents still in their clients. */
  async present(): Promise<TorrentGrabEntity[]> {
    return this.tx.outsideTransaction((m) =>
      m.find(TorrentGrabEntity, { where: { removedAt: IsNull() }, order: { grabbedAt: 'ASC' } }),
    );
  }
}
