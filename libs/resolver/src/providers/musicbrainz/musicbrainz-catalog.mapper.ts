import type { ProviderArtist, ProviderReleaseGroup } from '../catalog-models.js';
import type { ProviderRelease } from '../provider-models.js';
import type {
  MbArtist,
  MbArtistSearch,
  MbBrowsedReleaseGroup,
  MbReleaseBrowse,
  MbReleaseGroupBrowse,
} from './musicbrainz-catalog.types.js';
import { mapReleaseLookup } from './musicbrainz-release.mapper.js';

export function mapArtist(body: MbArtist): ProviderArtist {
  return {
    id: body.id,
    name: body.name,
    sortName: body['sort-name'] || body.name,
    ...(body.type && { type: body.type }),
    ...(body.disambiguation && { disambiguation: body.disambiguation }),
    ...(body.country && { country: body.country }),
    ended: body['life-span']?.ended === true,
    ...(body.score != null && { score: body.score / 100 }),
  };
}

export function mapArtistSearch(body: MbArtistSearch): ProviderArtist[] {
  return (body.artists ?? []).map(mapArtist);
}

export function mapReleaseGroupBrowse(body: MbReleaseGroupBrowse): ProviderReleaseGroup[] {
  return (body['release-groups'] ?? []).map(mapReleaseGroup);
}

/** Every release of a group with its track list, in the order MusicBrainz lists them. */
export function mapReleaseBrowse(body: MbReleaseBrowse): ProviderRelease[] {
  return (body.releases ?? []).map(mapReleaseLookup);
}

function mapReleaseGroup(group: MbBrowsedReleaseGroup): ProviderReleaseGroup {
  return {
    id: group.id,
    title: group.title,
    ...(group.disambiguation && { disambiguation: group.disambiguation }),
    ...(group['primary-type'] && { primaryType: group['primary-type'] }),
    secondaryTypes: group['secondary-types'] ?? [],
    ...(group['first-release-date'] && { firstReleaseDate: group['first-release-date'] }),
  };
}
