import type { LidarrTrackEntity } from '../catalog/lidarr-track.entity.js';
import { NO_RATINGS } from './resource-values.js';

export interface TrackResource {
  id: number;
  artistId: number;
  foreignTrackId: string;
  foreignRecordingId: string;
  trackFileId: number;
  albumId: number;
  explicit: boolean;
  absoluteTrackNumber: number;
  trackNumber: string;
  title: string;
  duration: number;
  mediumNumber: number;
  hasFile: boolean;
  ratings: { votes: number; value: number };
}

/** `absolute` is the track's place across all media of its release, 1-based. */
export function toTrackResource(
  track: LidarrTrackEntity,
  owner: { artistId: number; albumId: number },
  absolute: number,
  hasFile: boolean,
): TrackResource {
  return {
    id: track.id,
    artistId: owner.artistId,
    foreignTrackId: track.foreignTrackId,
    foreignRecordingId: track.foreignRecordingId,
    // TrueTrack has no track-file ids of its own; a track with a file shares its id with it.
    trackFileId: hasFile ? track.id : 0,
    albumId: owner.albumId,
    explicit: false,
    absoluteTrackNumber: absolute,
    trackNumber: track.number,
    title: track.title,
    duration: track.durationMs ?? 0,
    mediumNumber: track.mediumNumber,
    hasFile,
    ratings: NO_RATINGS,
  };
}
