import { LidarrAlbumEntity } from './catalog/lidarr-album.entity.js';
import { LidarrArtistEntity } from './catalog/lidarr-artist.entity.js';
import { LidarrReleaseEntity } from './catalog/lidarr-release.entity.js';
import { LidarrTrackEntity } from './catalog/lidarr-track.entity.js';
import { LidarrCommandEntity } from './commands/lidarr-command.entity.js';

export const LIDARR_ENTITIES = [
  LidarrArtistEntity,
  LidarrAlbumEntity,
  LidarrReleaseEntity,
  LidarrTrackEntity,
  LidarrCommandEntity,
];
