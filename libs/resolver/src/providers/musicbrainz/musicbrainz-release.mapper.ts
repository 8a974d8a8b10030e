import type { ProviderRelease, ReleaseTrack } from '../provider-models.js';
import { creditedAs } from './musicbrainz.mapper.js';
import type { MbArtistCredit, MbReleaseLookup, MbReleaseTrack } from './musicbrainz.types.js';

/** A release lookup as a provider-neutral release: album artist, label, genres and every medium's tracks. */
export function mapReleaseLookup(body: MbReleaseLookup): ProviderRelease {
  const credits = body['artist-credit'] ?? [];
  const group = body['release-group'];
  return {
    id: body.id,
    title: body.title,
    ...(body.date && { date: body.date }),
    ...(body.status && { status: body.status }),
    ...(body.country && { country: body.country }),
    artistCredit: creditedAs(credits),
    albumArtists: credits.map((credit) => credit.artist.name),
    albumArtistIds: credits.map((credit) => credit.artist.id),
    ...(group && {
      releaseGroup: {
        id: group.id,
        ...(group['primary-type'] && { primaryType: group['primary-type'] }),
        secondaryTypes: group['secondary-types'] ?? [],
        ...(group['first-release-date'] && { firstReleaseDate: group['first-release-date'] }),
      },
    }),
    labels: unique((body['label-info'] ?? []).map((info) => info.label?.name).filter(isText)),
    // Most-voted first; a genre nobody voted for says little.
    genres: [...(body.genres ?? [])]
      .filter((genre) => (genre.count ?? 1) > 0)
      .sort((a, b) => (b.count ?? 0) - (a.count ?? 0))
      .map((genre) => genre.name),
    media: (body.media ?? []).map((medium, index) => ({
      position: medium.position ?? index + 1,
      ...(medium.format && { format: medium.format }),
      tracks: (medium.tracks ?? []).map((track, i) => mapTrack(track, i, credits)),
    })),
  };
}

function mapTrack(track: MbReleaseTrack, index: number, releaseCredits: MbArtistCredit[]): ReleaseTrack {
  // A track without its own credit is credited like the release.
  const credits = track['artist-credit'] ?? track.recording['artist-credit'] ?? releaseCredits;
  const length = track.length ?? track.recording.length;
  return {
    id: track.id,
    position: track.position ?? index + 1,
    number: track.number ?? String(track.position ?? index + 1),
    title: track.title,
    recordingId: track.recording.id,
    ...(length != null && { durationMs: length }),
    artists: credits.map((credit) => credit.name),
    artistIds: credits.map((credit) => credit.artist.id),
  };
}

/** Where a recording sits on a release: its track, medium and the totals a tag needs. */
export function findRecordingOnRelease(
  release: ProviderRelease,
  recordingId: string,
): { track: ReleaseTrack; discNumber: number; trackTotal: number; discTotal: number } | undefined {
  for (const medium of release.media) {
    const track = medium.tracks.find((t) => t.recordingId === recordingId);
    if (track) {
      return { track, discNumber: medium.position, trackTotal: medium.tracks.length, discTotal: release.media.length };
    }
  }
  return undefined;
}

const isText = (value: string | null | undefined): value is string => typeof value === 'string' && value !== '';
const unique = (values: string[]) => [...new Set(values)];
