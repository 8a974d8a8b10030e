import { preferredEdition } from '@app/core';
import type { ReleaseSummary } from '../providers/provider-models.js';

/** Search scores (0..1) from which a release counts as a match for the request. */
const MATCH_SCORE = 0.9;

export interface ReleaseChoice {
  /** The release to expand when the answer is clear. */
  best?: ReleaseSummary;
  /** The releases a person chooses from otherwise, best first. */
  ranked: ReleaseSummary[];
  reason: string;
}

/**
 * Several editions of one album (one release group) are one answer: the preferred edition (`preferredEdition`,
 * the rule the Lidarr API follows too) is taken. Matches from different release groups (another artist's album of that name, a live album) are
 * for a person to tell apart.
 */
export function chooseRelease(releases: readonly ReleaseSummary[]): ReleaseChoice {
  const ranked = [...releases].sort(byPreference);
  const matches = ranked.filter((release) => release.score >= MATCH_SCORE);
  if (!matches.length) return { ranked, reason: 'no release matches closely' };
  const groups = new Set(matches.map((release) => release.releaseGroupId ?? release.id));
  if (groups.size > 1) return { ranked, reason: `${groups.size} different albums match` };
  const best = preferredEdition(matches)!;
  const editions = matches.length === 1 ? 'the only match' : `preferred of ${matches.length} editions`;
  return { best, ranked, reason: `${best.artistCredit} - ${best.title} (${editions})` };
}

function byPreference(a: ReleaseSummary, b: ReleaseSummary): number {
  return (
    b.score - a.score ||
    Number(b.status === 'Official') - Number(a.status === 'Official') ||
    (a.date || '9999').localeCompare(b.date || '9999')
  );
}
