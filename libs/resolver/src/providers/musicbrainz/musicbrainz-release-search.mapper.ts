import type { ReleaseSummary } from '../provider-models.js';
import { creditedAs } from './musicbrainz.mapper.js';
import type { MbReleaseSearch, MbReleaseSearchItem } from './musicbrainz.types.js';

/** A release search answer as summaries, in MusicBrainz's order (best score first). */
export function mapReleaseSearch(body: MbReleaseSearch): ReleaseSummary[] {
  return (body.releases ?? []).map(mapReleaseSummary);
}

function mapReleaseSummary(item: MbReleaseSearchItem): ReleaseSummary {
  const group = item['release-group'];
  const media = item.media ?? [];
  const trackCount = item['track-count'] ?? media.reduce((sum, medium) => sum + (medium['track-count'] ?? 0), 0);
  return {
    id: item.id,
    title: item.title,
    artistCredit: creditedAs(item['artist-credit'] ?? []),
    score: (item.score ?? 0) / 100,
    trackCount,
    ...(item.date && { date: item.date }),
    ...(item.country && { country: item.country }),
    ...(item.status && { status: item.status }),
    ...(group && { releaseGroupId: group.id }),
    ...(group?.['primary-type'] && { primaryType: group['primary-type'] }),
  };
}
