import type { DecisionContext } from '../decision/candidate.js';
import type { ReleaseDecision } from '../decision/decide-release.js';
import { preference } from '../decision/quality-profile.js';
import { seedBucket, sizeDistance } from '../decision/rank-releases.js';

/** Sizes whose fit to the album's length differs by less than this (a log ratio, ~10 %) are alike. */
export const ALIKE_SIZE_FIT = 0.1;

export type AlbumReleaseChoice =
  | { kind: 'grab'; decision: ReleaseDecision; reason: string }
  | { kind: 'ask'; decisions: ReleaseDecision[]; reason: string }
  | { kind: 'none'; reason: string };

/** What the indexer left unsaid about a release the rules let through; a person should look first. */
function doubts(decision: ReleaseDecision): string[] {
  const { release } = decision.candidate;
  return [
    ...(release.seeders === undefined ? ['the indexer did not report its seeders'] : []),
    ...(release.sizeBytes === undefined ? ['the indexer did not report its size'] : []),
  ];
}

/** Whether the ranking told two approved releases apart by more than chance: quality, score, seeders, size, priority. */
function alike(a: ReleaseDecision, b: ReleaseDecision, context: DecisionContext): boolean {
  const { profile, album } = context;
  const fitA = sizeDistance(a, album.durationSeconds);
  const fitB = sizeDistance(b, album.durationSeconds);
  const sizesAlike = fitA === fitB || Math.abs(fitA - fitB) < ALIKE_SIZE_FIT;
  return (
    preference(profile, a.candidate.parsed.quality) === preference(profile, b.candidate.parsed.quality) &&
    a.score === b.score &&
    seedBucket(a.candidate.release.seeders) === seedBucket(b.candidate.release.seeders) &&
    sizesAlike &&
    a.candidate.indexer.priority === b.candidate.indexer.priority
  );
}

const sameTorrent = (a: ReleaseDecision, b: ReleaseDecision) =>
  !!a.candidate.release.infoHash && a.candidate.release.infoHash === b.candidate.release.infoHash;

/**
 * Of ranked decisions (best first), the release to grab, or the releases a person should choose between: when the
 * best is alike the next in everything the ranking looks at, or the indexer left out what a rule would check.
 */
export function chooseAlbumRelease(ranked: ReleaseDecision[], context: DecisionContext): AlbumReleaseChoice {
  const approved = ranked.filter((d) => d.approved);
  const best = approved[0];
  if (!best) return { kind: 'none', reason: `No release approved among ${ranked.length}` };
  const title = (d: ReleaseDecision) => d.candidate.release.title;
  const unsure = doubts(best);
  if (unsure.length)
    return { kind: 'ask', decisions: approved, reason: `The best release, ${title(best)}: ${unsure.join(' and ')}` };
  const rival = approved.slice(1).find((d) => !sameTorrent(d, best));
  if (rival && alike(best, rival, context))
    return {
      kind: 'ask',
      decisions: approved,
      reason: `${title(best)} and ${title(rival)} are alike in quality (${best.candidate.parsed.quality}), score, seeders and size; the ranking cannot tell them apart`,
    };
  const seeders = best.candidate.release.seeders;
  return {
    kind: 'grab',
    decision: best,
    reason: `Best of ${approved.length} approved: ${title(best)} (${best.candidate.parsed.quality}, ${seeders} seeders, ${best.candidate.indexer.name})`,
  };
}
