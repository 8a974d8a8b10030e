import type { ProviderArtist } from '@app/resolver';
import type { LidarrArtistEntity } from '../catalog/lidarr-artist.entity.js';
import type { ArtistStatistics } from '../stats/album-statistics.js';
import { NO_RATINGS, cleanName, folderName, isoTime } from './resource-values.js';

/** The fields of Lidarr's ArtistResource that TrueTrack fills. */
export interface ArtistResource {
  id: number;
  status: 'continuing' | 'ended';
  ended: boolean;
  artistName: string;
  foreignArtistId: string;
  mbId: string;
  tadbId: number;
  discogsId: number;
  overview: string;
  artistType?: string;
  disambiguation: string;
  links: { url: string; name: string }[];
  images: { url: string; coverType: string; remoteUrl: string }[];
  path?: string;
  qualityProfileId?: number;
  metadataProfileId?: number;
  monitored: boolean;
  monitorNewItems: string;
  rootFolderPath?: string;
  folder: string;
  genres: string[];
  cleanName: string;
  sortName: string;
  tags: number[];
  added?: string;
  ratings: { votes: number; value: number };
  statistics?: ArtistStatistics;
}

export function toArtistResource(artist: LidarrArtistEntity, statistics?: ArtistStatistics): ArtistResource {
  const folder = folderName(artist.name);
  return {
    ...common(artist.name, artist.foreignArtistId, artist.sortName),
    id: artist.id,
    status: artist.ended ? 'ended' : 'continuing',
    ended: artist.ended,
    ...(artist.artistType && { artistType: artist.artistType }),
    disambiguation: artist.disambiguation ?? '',
    path: `${artist.rootFolderPath.replace(/\/+$/, '')}/${folder}`,
    qualityProfileId: artist.qualityProfileId,
    metadataProfileId: artist.metadataProfileId,
    monitored: artist.monitored,
    monitorNewItems: artist.monitorNewItems,
    rootFolderPath: artist.rootFolderPath,
    tags: artist.tags,
    added: isoTime(artist.addedAt),
    ...(statistics && { statistics }),
  };
}

/** An artist found at MusicBrainz and not added yet: `id` 0, as Lidarr answers lookups. */
export function toLookupArtistResource(artist: ProviderArtist): ArtistResource {
  return {
    ...common(artist.name, artist.id, artist.sortName),
    id: 0,
    status: artist.ended ? 'ended' : 'continuing',
    ended: artist.ended,
    ...(artist.type && { artistType: artist.type }),
    disambiguation: artist.disambiguation ?? '',
    monitored: false,
    monitorNewItems: 'all',
    tags: [],
  };
}

function common(name: string, foreignArtistId: string, sortName: string) {
  return {
    artistName: name,
    foreignArtistId,
    mbId: foreignArtistId,
    tadbId: 0,
    discogsId: 0,
    overview: '',
    links: [{ url: `https://musicbrainz.org/artist/${foreignArtistId}`, name: 'musicbrainz' }],
    images: [],
    folder: folderName(name),
    genres: [],
    cleanName: cleanName(name),
    sortName,
    ratings: NO_RATINGS,
  };
}
