import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JobState } from '@app/contracts';
import { PermanentError } from '@app/core';
import { type AlbumRelease, type AlbumSource, type AlbumSourceAnswer, AlbumSources, type StepContext } from '@app/jobs';
import { SourceUrlPolicy } from '@app/platform';
import type { AlbumTarget } from '../decision/candidate.js';
import { matchFileList } from '../decision/match-file-list.js';
import { DEFAULT_PROFILES, type QualityProfile } from '../decision/quality-profile.js';
import { TorrentIndexers } from '../indexers/indexers.service.js';
import type { TorrentIndexerEntity } from '../indexers/torrent-indexer.entity.js';
import { searchAlbumReleases } from '../search/album-release-search.js';
import { magnetInfoHash, readTorrentFile } from '../torrent-file/read-torrent-file.js';
import { TorznabClient } from '../torznab/torznab-client.js';
import { type GrabbedTorrent, planOf } from './album-plan.js';
import { chooseAlbumRelease } from './choose-album-release.js';
import { type OfferedRelease, offeredRelease, releaseCandidate, releaseFacts } from './release-offer.js';
import { chosenTorrent } from './chosen-torrent.js';
import { type ConfiguredClient, TorrentClientPort } from './torrent-client-port.js';
import { TorrentGrabs } from './torrent-grabs.js';

/** How many releases a person is shown when the ranking cannot choose. */
export const RELEASES_SHOWN = 10;

/**
 * Albums from torrents: once EXPANDING knows the release, the enabled Torznab indexers are searched, the releases
 * decided on and ranked, and the best whose .torrent lists the album's tracks sent to the enabled download client; the job then follows it in
 * DOWNLOADING. Close releases go to a person. Without an indexer and a client it stays silent and the tracks are
 * searched one by one; when nothing is approved, or an indexer or the client fails, the profile decides whether the
 * YouTube sources try instead.
 */
@Injectable()
export class TorrentAlbumSource implements AlbumSource, OnModuleInit {
  readonly name = 'torrent';

  constructor(
    private readonly sources: AlbumSources,
    private readonly indexers: TorrentIndexers,
    private readonly clients: TorrentClientPort,
    private readonly grabs: TorrentGrabs,
    private readonly policy: SourceUrlPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.sources.register(this);
  }

  async offer(ctx: StepContext, album: AlbumRelease): Promise<AlbumSourceAnswer> {
    const indexers = await this.indexers.enabled();
    if (!indexers.length) return { declined: undefined };
    const profile = this.profile();
    const configured = await this.clients.active();
    if (!configured) return this.giveUp(profile, 'No download client is enabled for the torrent indexers');
    const byPerson = chosenTorrent(ctx.job.data);
    const byLidarr = ctx.job.data.grabbedRelease;
    const chosen = byPerson ?? byLidarr;
    if (chosen) {
      const indexer = indexers.find((i) => i.id === chosen.indexerId);
      if (!indexer) throw new PermanentError(`The indexer of the chosen release ${chosen.title} is gone or disabled`);
      const why = byPerson ? 'Release chosen by a person' : "Release grabbed through Lidarr's POST /api/v1/release";
      const answer = await this.grab(ctx, album, chosen, indexer, configured, why);
      if ('mismatch' in answer) throw new PermanentError(answer.mismatch);
      return answer;
    }
    const target: AlbumTarget = {
      artist: album.artist,
      title: album.title,
      trackCount: album.tracks.length,
      durationSeconds: Math.round(album.tracks.reduce((sum, t) => sum + (t.durationMs ?? 0), 0) / 1000),
    };
    const context = { album: target, profile, requiredTerms: [], ignoredTerms: [], scoredTerms: [] };
    const search = await searchAlbumReleases(indexers, target, profile, this.policy, undefined, ctx.signal);
    const problems = search.indexerProblems.map((p) => `${p.indexer}: ${p.message}`);
    // A release whose .torrent turns out not to be the album is rejected with that reason and the choice made again.
    let ranked = search.decisions;
    const skipped: string[] = [];
    for (;;) {
      const choice = chooseAlbumRelease(ranked, context);
      const before = skipped.map((why) => `${why}; `).join('');
      if (choice.kind === 'none') {
        if (problems.length && !ranked.length && !profile.fallbackToYouTube)
          throw new Error(`No torrent indexer answered (${problems.join('; ')})`);
        return this.giveUp(profile, `${before}${choice.reason}${problems.length ? ` (${problems.join('; ')})` : ''}`);
      }
      if (choice.kind === 'ask' || ctx.job.options.ask) {
        const why = choice.kind === 'ask' ? `Not sure: ${choice.reason}` : 'Asked to confirm';
        return {
          outcome: {
            next: JobState.UserIntentSelection,
            reason: `${before}${why}; choose the torrent release`,
            candidates: ranked.slice(0, RELEASES_SHOWN).map((d) => releaseCandidate(d, album)),
          },
        };
      }
      const best = choice.decision;
      const indexer = indexers.find((i) => i.id === best.candidate.indexer.id)!;
      const answer = await this.grab(
        ctx,
        album,
        offeredRelease(best),
        indexer,
        configured,
        `${before}${choice.reason}`,
      );
      if (!('mismatch' in answer)) return answer;
      skipped.push(`${answer.mismatch}; trying the next approved release`);
      ranked = ranked.map((d) =>
        d === best ? { ...d, approved: false, rejections: [...d.rejections, answer.mismatch] } : d,
      );
    }
  }

  private async grab(
    ctx: StepContext,
    album: AlbumRelease,
    release: OfferedRelease,
    indexer: TorrentIndexerEntity,
    { settings, client }: ConfiguredClient,
    why: string,
  ): Promise<AlbumSourceAnswer | { mismatch: string }> {
    const link = release.magnetUrl ?? release.torrentUrl;
    if (!link) throw new PermanentError(`The release ${release.title} has no download link`);
    const payload = await new TorznabClient(indexer, this.policy).fetchTorrent(link, ctx.signal);
    let fileCheck = '';
    let infoHash: string | undefined;
    if (payload.kind === 'torrent') {
      const metainfo = readTorrentFile(payload.bytes);
      infoHash = metainfo.infoHash;
      const tracks = album.tracks.map((t) => ({
        position: t.position,
        title: t.title,
        ...(t.durationMs !== undefined && { lengthMs: t.durationMs }),
      }));
      const match = matchFileList(metainfo.files, tracks, release.quality);
      if (match.verdict === 'mismatch')
        return { mismatch: `The files of ${release.title} are not the album: ${match.reasons.join('; ')}` };
      fileCheck = `; ${match.reasons.join('; ')}`;
    } else infoHash = magnetInfoHash(payload.magnetUrl);
    if (!infoHash) throw new PermanentError(`The magnet link of ${release.title} names no info hash`);
    try {
      await client.add(payload, infoHash, { label: settings.category });
    } catch (error) {
      const message = `The download client (${client.kind}) did not take ${release.title}: ${(error as Error).message}`;
      return this.giveUp(this.profile(), message);
    }
    const torrent: GrabbedTorrent = {
      infoHash,
      clientId: settings.id,
      title: release.title,
      guid: release.guid,
      quality: release.quality,
      indexer: release.indexer,
    };
    const jobId = ctx.job.id;
    return {
      outcome: {
        next: JobState.Downloading,
        reason: `${why}; sent ${releaseFacts(release)} to ${client.kind}${fileCheck}`,
        data: { ...ctx.job.data, albumPlan: planOf(album), torrent },
        persist: (manager) => this.grabs.record(manager, jobId, torrent, release),
        discard: () => client.remove(infoHash, !this.config.torrents.keepDataOnCancel),
      },
    };
  }

  /** Nothing to grab: the tracks are searched one by one when the profile allows YouTube, else the job fails. */
  private giveUp(profile: QualityProfile, why: string): AlbumSourceAnswer {
    if (profile.fallbackToYouTube) return { declined: `${why}; trying YouTube sources` };
    throw new PermanentError(`${why}; the ${profile.name} profile does not fall back to YouTube`);
  }

  private profile(): QualityProfile {
    return DEFAULT_PROFILES.find((p) => p.name.toLowerCase() === this.config.torrents.profile)!;
  }
}
