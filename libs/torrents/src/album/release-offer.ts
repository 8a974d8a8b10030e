import { CandidateStage } from '@app/contracts';
import type { CandidateInput } from '@app/jobs';
import type { ReleaseDecision } from '../decision/decide-release.js';
import { sizeText } from '../decision/size-text.js';
import type { QualityName } from '../quality/quality-definitions.js';
import type { TorznabRelease } from '../torznab/torznab-release.js';

/** A release as a person's choice carries it: enough to grab it again without searching. */
export interface OfferedRelease {
  guid: string;
  title: string;
  indexerId?: string;
  indexer: string;
  quality: QualityName;
  torrentUrl?: string;
  magnetUrl?: string;
  infoHash?: string;
  seeders?: number;
  sizeBytes?: number;
  minimumRatio?: number;
  minimumSeedTimeSeconds?: number;
}

export function offeredRelease(decision: ReleaseDecision): OfferedRelease {
  const { release, parsed, indexer } = decision.candidate;
  const keep = <K extends keyof TorznabRelease>(key: K) => (release[key] === undefined ? {} : { [key]: release[key] });
  return {
    guid: release.guid,
    title: release.title,
    ...(indexer.id !== undefined && { indexerId: indexer.id }),
    indexer: indexer.name,
    quality: parsed.quality,
    ...keep('torrentUrl'),
    ...keep('magnetUrl'),
    ...keep('infoHash'),
    ...keep('seeders'),
    ...keep('sizeBytes'),
    ...keep('minimumRatio'),
    ...keep('minimumSeedTimeSeconds'),
  };
}

/** The one-line facts of a release: quality, size, seeders, indexer. */
export function releaseFacts(release: OfferedRelease): string {
  const size = release.sizeBytes === undefined ? 'size unknown' : sizeText(release.sizeBytes);
  const seeders = release.seeders === undefined ? 'seeders unknown' : `${release.seeders} seeders`;
  return `${release.title} (${release.quality}, ${size}, ${seeders}, ${release.indexer})`;
}

/**
 * A ranked release as a person chooses between them in Needs input: its facts, then why it is approved or not.
 * The MusicBrainz release id goes along, so EXPANDING knows the album again when the choice comes back.
 */
export function releaseCandidate(
  decision: ReleaseDecision,
  album: { id: string; artist: string; title: string },
): CandidateInput {
  const offered = offeredRelease(decision);
  const verdict = decision.approved
    ? ['Approved', ...decision.notes]
    : decision.rejections.map((rejection) => `Rejected: ${rejection}`);
  return {
    stage: CandidateStage.Intent,
    provider: 'torrent',
    // The list keeps the ranking's order; the score only says whether the rules let the release through.
    score: decision.approved ? 1 : 0,
    reasons: [releaseFacts(offered), ...verdict],
    // The card shows the release's own title, with the album under it.
    payload: { releaseId: album.id, title: offered.title, artist: album.artist, album: album.title, torrent: offered },
  };
}
