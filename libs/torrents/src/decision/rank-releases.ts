import type { DecisionContext } from './candidate.js';
import type { ReleaseDecision } from './decide-release.js';
import { expectedKbps } from './expected-bitrate.js';
import { preference } from './quality-profile.js';

/** How far a release's size is from the usual bitrate × the album's length, as a ratio (0 = spot on). */
export function sizeDistance(decision: ReleaseDecision, durationSeconds: number): number {
  const kbps = expectedKbps(decision.candidate.parsed.quality);
  const size = decision.candidate.release.sizeBytes;
  if (!kbps || !size || !durationSeconds) return Number.POSITIVE_INFINITY;
  const expected = (kbps * 1000 * durationSeconds) / 8;
  return Math.abs(Math.log(size / expected));
}

/** Seeders on a log scale: 10 and 12 are alike, 1 and 100 are not. */
export const seedBucket = (seeders: number | undefined) => Math.round(Math.log10((seeders ?? 0) + 1));

/**
 * Best first: approved before rejected, then quality (its place in the profile), the rules' score, seeders on
 * a log scale (10 and 12 seeders are alike, 1 and 100 are not), the size closest to the expected one, and
 * the indexer's priority (1 before 25).
 */
export function rankReleases(decisions: ReleaseDecision[], context: DecisionContext): ReleaseDecision[] {
  const keys = (d: ReleaseDecision) => [
    d.approved ? 0 : 1,
    -preference(context.profile, d.candidate.parsed.quality),
    -d.score,
    -seedBucket(d.candidate.release.seeders),
    sizeDistance(d, context.album.durationSeconds),
    d.candidate.indexer.priority,
  ];
  return decisions
    .map((decision) => ({ decision, key: keys(decision) }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
      return 0;
    })
    .map(({ decision }) => decision);
}
