import type { LidarrReleaseEntity } from '../catalog/lidarr-release.entity.js';
import type { AlbumDetail } from '../stats/album-details.service.js';
import type { AlbumStatistics } from '../stats/album-statistics.js';
import type { ArtistResource } from './artist.resource.js';
import { NO_RATINGS, isoTime, releaseDateTime } from './resource-values.js';

export interface MediumResource {
  mediumNumber: number;
  mediumName: string;
  mediumFormat: string;
}

export interface AlbumReleaseResource {
  id: number;
  albumId: number;
  foreignReleaseId: string;
  title: string;
  status: string;
  duration: number;
  trackCount: number;
  media: MediumResource[];
  mediumCount: number;
  disambiguation: string;
  country: string[];
  label: string[];
  format: string;
  monitored: boolean;
}

/** The fields of Lidarr's AlbumResource that TrueTrack fills. */
export interface AlbumResource {
  id: number;
  title: string;
  disambiguation: string;
  overview: string;
  artistId: number;
  foreignAlbumId: string;
  monitored: boolean;
  anyReleaseOk: boolean;
  profileId: number;
  duration: number;
  albumType: string;
  secondaryTypes: string[];
  mediumCount: number;
  ratings: { votes: number; value: number };
  releaseDate?: string;
  releases: AlbumReleaseResource[];
  genres: string[];
  media: MediumResource[];
  artist?: ArtistResource;
  images: { url: string; coverType: string; remoteUrl: string }[];
  links: { url: string; name: string }[];
  lastSearchTime?: string;
  statistics?: AlbumStatistics;
}

export function toAlbumResource(detail: AlbumDetail, artist?: ArtistResource): AlbumResource {
  const { album, chosen } = detail;
  const media = chosen ? toMedia(chosen) : [];
  return {
    ...albumFields(album.title, album.foreignAlbumId, album.albumType, album.secondaryTypes, album.releaseDate),
    id: album.id,
    disambiguation: album.disambiguation ?? '',
    artistId: album.artistId,
    monitored: album.monitored,
    profileId: 1,
    duration: detail.tracks.reduce((total, track) => total + (track.durationMs ?? 0), 0),
    mediumCount: media.length,
    releases: detail.releases.map((release) => toReleaseResource(release, release.id === chosen?.id)),
    media,
    ...(artist && { artist }),
    ...(album.lastSearchAt !== null && { lastSearchTime: isoTime(album.lastSearchAt) }),
    statistics: detail.statistics,
  };
}

/** An album found at MusicBrainz that is not in the catalog: `id` 0. */
export function toLookupAlbumResource(
  group: { id: string; title: string; primaryType?: string; date?: string },
  artist?: ArtistResource,
): AlbumResource {
  return {
    ...albumFields(group.title, group.id, group.primaryType ?? null, [], group.date ?? null),
    id: 0,
    disambiguation: '',
    artistId: artist?.id ?? 0,
    monitored: false,
    profileId: 1,
    duration: 0,
    mediumCount: 0,
    releases: [],
    media: [],
    ...(artist && { artist }),
  };
}

function albumFields(
  title: string,
  foreignAlbumId: string,
  albumType: string | null,
  secondaryTypes: string[],
  releaseDate: string | null,
) {
  return {
    title,
    overview: '',
    foreignAlbumId,
    anyReleaseOk: true,
    albumType: albumType ?? 'Album',
    secondaryTypes,
    ratings: NO_RATINGS,
    ...(releaseDateTime(releaseDate) && { releaseDate: releaseDateTime(releaseDate) }),
    genres: [],
    images: [],
    links: [{ url: `https://musicbrainz.org/release-group/${foreignAlbumId}`, name: 'musicbrainz' }],
  };
}

export function toReleaseResource(release: LidarrReleaseEntity, monitored: boolean): AlbumReleaseResource {
  const media = toMedia(release);
  return {
    id: release.id,
    albumId: release.albumId,
    foreignReleaseId: release.foreignReleaseId,
    title: release.title,
    status: release.status ?? 'Official',
    duration: 0,
    trackCount: release.trackCount,
    media,
    mediumCount: media.length,
    disambiguation: release.disambiguation ?? '',
    country: release.country ? [release.country] : [],
    label: release.labels,
    format: describeFormat(media),
    monitored,
  };
}

function toMedia(release: LidarrReleaseEntity): MediumResource[] {
  return release.media.map((medium) => ({
    mediumNumber: medium.number,
    mediumName: '',
    mediumFormat: medium.format ?? 'Unknown',
  }));
}

/** "CD", "2xCD", "CD, Vinyl": how Lidarr sums up a release's media. */
function describeFormat(media: MediumResource[]): string {
  const counts = new Map<string, number>();
  for (const medium of media) counts.set(medium.mediumFormat, (counts.get(medium.mediumFormat) ?? 0) + 1);
  return [...counts].map(([format, count]) => (count > 1 ? `${count}x${format}` : format)).join(', ');
}
