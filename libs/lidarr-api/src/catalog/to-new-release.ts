import type { ProviderRelease } from '@app/resolver';
import type { NewRelease } from './release.repository.js';

/** A MusicBrainz release as the rows `lidarr_release` and `lidarr_track` keep of it. */
export function toNewRelease(release: ProviderRelease): NewRelease {
  const tracks = release.media.flatMap((medium) =>
    medium.tracks.map((track) => ({
      foreignTrackId: track.id,
      foreignRecordingId: track.recordingId,
      title: track.title,
      position: track.position,
      number: track.number.slice(0, 16),
      mediumNumber: medium.position,
      durationMs: track.durationMs ?? null,
    })),
  );
  return {
    foreignReleaseId: release.id,
    title: release.title,
    status: release.status ?? null,
    country: release.country ?? null,
    releaseDate: release.date?.slice(0, 10) ?? null,
    trackCount: tracks.length,
    media: release.media.map((medium) => ({
      number: medium.position,
      format: medium.format ?? null,
      trackCount: medium.tracks.length,
    })),
    disambiguation: null,
    labels: release.labels,
    tracks,
  };
}
