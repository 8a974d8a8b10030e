import type { SourceUrlPolicy } from '@app/platform';
import type { AlbumTarget, DecisionContext } from '../decision/candidate.js';
import { type ReleaseDecision, decideRelease } from '../decision/decide-release.js';
import type { QualityProfile } from '../decision/quality-profile.js';
import { rankReleases } from '../decision/rank-releases.js';
import { RELEASE_RULES } from '../decision/release-rules.js';
import { parseReleaseTitle } from '../release-title/parse-release-title.js';
import { TorznabClient, type TorznabIndexer } from '../torznab/torznab-client.js';

export interface SearchableIndexer extends TorznabIndexer {
  id?: string;
  name: string;
  priority: number;
}

export interface AlbumReleaseSearchResult {
  /** Every release found, approved ones first, best first. */
  decisions: ReleaseDecision[];
  /** Indexers that could not be asked, each with why ("The indexer refused the API key …"). */
  indexerProblems: { indexer: string; message: string }[];
  /** No approved release (or no indexer answered), and the profile lets the YouTube sources try. */
  fallbackToYouTube: boolean;
  /** One sentence for the job's log. */
  summary: string;
}

export type TermSettings = Pick<DecisionContext, 'requiredTerms' | 'ignoredTerms' | 'scoredTerms'>;

/**
 * Asks every indexer for an album (all at once: one slow indexer does not hold the others up), decides on each
 * release with reasons and ranks them. A dead indexer is reported, not fatal; when nothing is approved the result
 * says whether the profile allows falling back to YouTube.
 */
export async function searchAlbumReleases(
  indexers: SearchableIndexer[],
  album: AlbumTarget,
  profile: QualityProfile,
  policy: SourceUrlPolicy,
  terms: TermSettings = { requiredTerms: [], ignoredTerms: [], scoredTerms: [] },
  signal?: AbortSignal,
): Promise<AlbumReleaseSearchResult> {
  const context: DecisionContext = { album, profile, ...terms };
  const answers = await Promise.allSettled(
    indexers.map(async (indexer) => {
      const releases = await new TorznabClient(indexer, policy).searchAlbum(
        { artist: album.artist, album: album.title },
        undefined,
        signal,
      );
      return releases.map((release) => ({
        release,
        parsed: parseReleaseTitle(release.title),
        indexer: {
          ...(indexer.id !== undefined && { id: indexer.id }),
          name: indexer.name,
          priority: indexer.priority,
        },
      }));
    }),
  );
  const indexerProblems: AlbumReleaseSearchResult['indexerProblems'] = [];
  const decisions: ReleaseDecision[] = [];
  answers.forEach((answer, i) => {
    if (answer.status === 'fulfilled')
      decisions.push(...answer.value.map((candidate) => decideRelease(candidate, context, RELEASE_RULES)));
    else indexerProblems.push({ indexer: indexers[i]!.name, message: (answer.reason as Error).message });
  });
  const ranked = rankReleases(decisions, context);
  const approved = ranked.filter((d) => d.approved).length;
  const fallbackToYouTube = approved === 0 && profile.fallbackToYouTube;
  const problems = indexerProblems.length ? `; ${indexerProblems.length} indexer(s) failed` : '';
  const summary = !indexers.length
    ? 'No torrent indexer is configured'
    : approved
      ? `${approved} of ${ranked.length} releases approved${problems}; best: ${ranked[0]!.candidate.release.title}`
      : `No release approved among ${ranked.length}${problems}${fallbackToYouTube ? '; trying YouTube sources' : ''}`;
  return { decisions: ranked, indexerProblems, fallbackToYouTube, summary };
}
