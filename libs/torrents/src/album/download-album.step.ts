import { setTimeout as sleep } from 'node:timers/promises';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JobKind, JobState } from '@app/contracts';
import { PermanentError } from '@app/core';
import { freshFolder, jobFolder, type PipelineStep, type StepContext, StepHandler, type StepOutcome } from '@app/jobs';
import type { DownloadClient, DownloadStatus } from '../clients/download-client.js';
import { torrentProgress } from '../clients/download-progress.js';
import { matchFileList } from '../decision/match-file-list.js';
import { albumChildrenFromFiles } from './album-files.js';
import type { GrabbedTorrent } from './album-plan.js';
import { TorrentClientPort } from './torrent-client-port.js';
import { TorrentGrabs } from './torrent-grabs.js';

// A finished torrent being re-checked is not complete until the check has confirmed its pieces.
const isComplete = (status: DownloadStatus) => status.progress >= 1 && status.state !== 'checking';

/**
 * DOWNLOADING of an album job: follows its torrent in the download client (percent, speed, ETA, peers, seeding),
 * polled every TRUETRACK_TORRENT_POLL_MS, until every byte is in. The files are then matched to the release's
 * tracks again and each becomes a track job that starts at EXTRACTING, while the client keeps seeding.
 */
@StepHandler(JobState.Downloading, { kind: JobKind.Album })
export class DownloadAlbumStep implements PipelineStep {
  constructor(
    private readonly clients: TorrentClientPort,
    private readonly grabs: TorrentGrabs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(ctx: StepContext): Promise<StepOutcome> {
    const data = ctx.job.data;
    const torrent = data.torrent;
    const plan = data.albumPlan;
    if (!torrent || !plan)
      throw new PermanentError('DOWNLOADING an album needs the torrent EXPANDING grabbed, and this job has none');
    const configured = await this.clients.byId(torrent.clientId);
    if (!configured)
      throw new PermanentError(`The download client ${torrent.title} was sent to is no longer in the settings`);
    const { client } = configured;
    const status = await this.follow(ctx, torrent, configured.client);
    const tracks = plan.tracks.map((t) => ({
      position: t.position,
      title: t.title,
      ...(t.durationMs !== undefined && { lengthMs: t.durationMs }),
    }));
    const match = matchFileList(await client.files(torrent.infoHash), tracks, torrent.quality);
    if (match.verdict === 'mismatch')
      throw new PermanentError(
        `The downloaded files of ${torrent.title} are not the album: ${match.reasons.join('; ')}`,
      );
    const folder = await freshFolder(jobFolder(this.config.paths.tmpDir, ctx.job.id, 'torrent'));
    const { children, linked, copied } = await albumChildrenFromFiles(plan, match, status.savePath, folder);
    await this.grabs.completed(ctx.job.id, Date.now());
    const how = [linked && `${linked} hard-linked`, copied && `${copied} copied`].filter(Boolean).join(', ');
    const seeding = status.state === 'seeding' ? `; ${client.kind} goes on seeding` : '';
    return {
      next: JobState.AwaitingChildren,
      reason: `Downloaded ${torrent.title}: ${children.length} tracks (${how}); ${match.reasons.join('; ')}${seeding}`,
      data: { release: plan.release, torrent },
      children,
    };
  }

  /** Polls the client until the torrent is complete; a torrent gone from the client or in error ends the job. */
  private async follow(ctx: StepContext, torrent: GrabbedTorrent, client: DownloadClient): Promise<DownloadStatus> {
    for (;;) {
      const status = await client.status(torrent.infoHash);
      if (!status) throw new PermanentError(`${client.kind} no longer has the torrent ${torrent.title}`);
      if (status.state === 'error')
        throw new PermanentError(`${client.kind} reports an error for ${torrent.title}: ${status.error ?? 'unknown'}`);
      ctx.progress(status.progress, { ...torrentProgress(status) });
      if (isComplete(status)) return status;
      await sleep(this.config.torrents.pollMs, undefined, { signal: ctx.signal });
    }
  }
}
