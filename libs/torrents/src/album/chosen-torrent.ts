import { CandidateStage } from '@app/contracts';
import { chosenPayload, type JobData } from '@app/jobs';
import { QUALITY_NAMES } from '../quality/quality-definitions.js';
import type { OfferedRelease } from './release-offer.js';

const OPTIONAL_TEXT = ['indexerId', 'torrentUrl', 'magnetUrl', 'infoHash'] as const;
const OPTIONAL_NUMBERS = ['seeders', 'sizeBytes', 'minimumRatio', 'minimumSeedTimeSeconds'] as const;

/**
 * The torrent release a person chose for an album job in Needs input, as `releaseCandidate` offered it; undefined
 * when nobody chose one. The payload comes back from outside, so its shape is checked, not assumed.
 */
export function chosenTorrent(data: Readonly<JobData>): OfferedRelease | undefined {
  const torrent = chosenPayload(data, CandidateStage.Intent)?.['torrent'];
  return isOfferedRelease(torrent) ? torrent : undefined;
}

function isOfferedRelease(value: unknown): value is OfferedRelease {
  if (typeof value !== 'object' || value === null) return false;
  const release: Partial<Record<keyof OfferedRelease, unknown>> = value;
  const quality: unknown = release.quality;
  return (
    typeof release.guid === 'string' &&
    typeof release.title === 'string' &&
    typeof release.indexer === 'string' &&
    QUALITY_NAMES.some((name) => name === quality) &&
    OPTIONAL_TEXT.every((key) => release[key] === undefined || typeof release[key] === 'string') &&
    OPTIONAL_NUMBERS.every((key) => release[key] === undefined || typeof release[key] === 'number')
  );
}
