import type { TrackMetadata } from '@app/contracts';
import { findRecordingOnRelease } from '../providers/musicbrainz/musicbrainz-release.mapper.js';
import type { ProviderRelease } from '../providers/provider-models.js';

const VARIOUS_ARTISTS_MBID = '89ad4ac3-39f7-470e-963a-56509c546377';

/**
 * The facts a tag and a naming template need that only the release knows: album artist, track and disc
 * totals, the release track id, label, genres, original date and whether it is a compilation.
 */
export function withReleaseDetails(metadata: TrackMetadata, release: ProviderRelease): TrackMetadata {
  const recordingId = metadata.musicbrainz.recordingId;
  const placement = recordingId ? findRecordingOnRelease(release, recordingId) : undefined;
  const group = release.releaseGroup;
  const compilation =
    group?.secondaryTypes.includes('Compilation') === true || release.albumArtistIds.includes(VARIOUS_ARTISTS_MBID);
  return {
    ...metadata,
    album: release.title,
    ...(release.albumArtists.length && { albumArtists: release.albumArtists }),
    ...(release.date && { releaseDate: release.date }),
    ...(group?.firstReleaseDate && { originalDate: group.firstReleaseDate }),
    ...(placement && {
      trackNumber: placement.track.position,
      trackTotal: placement.trackTotal,
      discNumber: placement.discNumber,
      discTotal: placement.discTotal,
    }),
    ...(release.labels[0] && { label: release.labels[0] }),
    ...(release.genres.length && { genres: release.genres.slice(0, 5) }),
    ...(compilation && { compilation: true }),
    ...(group?.primaryType && { releaseType: compilation ? 'Compilation' : group.primaryType }),
    musicbrainz: {
      ...metadata.musicbrainz,
      releaseId: release.id,
      ...(group && { releaseGroupId: group.id }),
      ...(placement && { releaseTrackId: placement.track.id }),
      ...(release.albumArtistIds.length && { albumArtistIds: release.albumArtistIds }),
    },
  };
}
