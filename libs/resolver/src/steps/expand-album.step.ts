import { Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { CandidateStage, JobState } from '@app/contracts';
import { PermanentError } from '@app/core';
import {
  AlbumSources,
  type CandidateInput,
  type PipelineStep,
  type StepContext,
  StepHandler,
  type StepOutcome,
} from '@app/jobs';
import { albumChildren } from '../album/album-children.js';
import { chooseRelease } from '../album/choose-release.js';
import { chosenRelease } from '../album/chosen-release.js';
import { buildReleaseQuery, parseAlbumQuery } from '../album/parse-album-query.js';
import type { ReleaseSummary } from '../providers/provider-models.js';
import { MusicBrainzProvider } from '../providers/musicbrainz/musicbrainz.provider.js';

/** How many releases a person is shown when the album is unclear. */
export const RELEASE_CANDIDATES_SHOWN = 10;

/**
 * EXPANDING: which release an album request means, and one track job per track of it. A release id or URL
 * is looked up at once; "Artist - Album" is searched, and a person picks when several albums match.
 */
@StepHandler(JobState.Expanding)
export class ExpandAlbumStep implements PipelineStep {
  constructor(
    private readonly musicbrainz: MusicBrainzProvider,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly albumSources: AlbumSources,
  ) {}

  async run(ctx: StepContext): Promise<StepOutcome> {
    if (!this.musicbrainz.isEnabled()) {
      throw new PermanentError('Album jobs need MusicBrainz, which is turned off (TRUETRACK_MUSICBRAINZ_ENABLED)');
    }
    const chosen = chosenRelease(ctx.job.data);
    const parsed = parseAlbumQuery(ctx.job.query);
    if (chosen) return this.expand(ctx, chosen, 'Release chosen by a person');
    if (parsed.kind === 'release') return this.expand(ctx, parsed.releaseId, 'Release given by id');

    const releases = await this.musicbrainz.searchReleases(buildReleaseQuery(parsed), ctx.signal);
    if (!releases.length) throw new PermanentError(`No release at MusicBrainz matches "${ctx.job.query}"`);
    const choice = chooseRelease(releases);
    if (choice.best && !ctx.job.options.ask) return this.expand(ctx, choice.best.id, `Clear match: ${choice.reason}`);
    const why = ctx.job.options.ask ? 'Asked to confirm' : `Not sure: ${choice.reason}`;
    return {
      next: JobState.UserIntentSelection,
      reason: `${why}; choose the release`,
      candidates: choice.ranked.slice(0, RELEASE_CANDIDATES_SHOWN).map((release) => this.candidate(release)),
    };
  }

  private async expand(ctx: StepContext, releaseId: string, why: string): Promise<StepOutcome> {
    const release = await this.musicbrainz.lookupRelease(releaseId, ctx.signal);
    if (!release) throw new PermanentError(`MusicBrainz knows no release ${releaseId}`);
    const children = albumChildren(release, ctx.job.options);
    if (!children.length) throw new PermanentError(`Release ${releaseId} (${release.title}) lists no tracks`);
    const tracks = release.media.flatMap((medium) => medium.tracks);
    const offered = await this.albumSources.offer(ctx, {
      id: release.id,
      artist: release.artistCredit,
      title: release.title,
      tracks: tracks.map((track, i) => ({
        position: i + 1,
        title: track.title,
        ...(track.durationMs !== undefined && { durationMs: track.durationMs }),
      })),
      children,
    });
    if (offered.outcome) return offered.outcome;
    const notes = offered.notes.length ? `; ${offered.notes.join('; ')}` : '';
    return {
      next: JobState.AwaitingChildren,
      reason: `${why}: ${release.artistCredit} - ${release.title}, ${children.length} tracks${notes}`,
      data: { release: { id: release.id, title: release.title, artist: release.artistCredit } },
      children,
    };
  }

  private candidate(release: ReleaseSummary): CandidateInput {
    const coverBase = this.config.providers.coverartarchive.baseUrl.replace(/\/+$/, '');
    const facts = [release.date, release.country, `${release.trackCount} tracks`, release.status].filter(Boolean);
    return {
      stage: CandidateStage.Intent,
      provider: 'musicbrainz',
      score: release.score,
      reasons: [`${release.artistCredit} - ${release.title} (${facts.join(', ')})`],
      payload: {
        releaseId: release.id,
        title: release.title,
        artist: release.artistCredit,
        date: release.date ?? null,
        country: release.country ?? null,
        trackCount: release.trackCount,
        coverUrl: `${coverBase}/release/${release.id}/front-250`,
        releaseGroupId: release.releaseGroupId ?? null,
      },
    };
  }
}
