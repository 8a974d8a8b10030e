import { JobKind, type JobOptions } from '@app/contracts';
import type { RecordingCandidate } from '@app/core';
import type { NewJob } from '@app/jobs';
import type { ProviderRelease } from '../providers/provider-models.js';

/** One track job per track of the release, each with its recording known, so it skips RESOLVING_IDENTITY. */
export function albumChildren(release: ProviderRelease, options: JobOptions): NewJob[] {
  return release.media.flatMap((medium) =>
    medium.tracks.map((track) => {
      const recording: RecordingCandidate = {
        provider: 'musicbrainz',
        providerId: track.recordingId,
        mbid: track.recordingId,
        title: track.title,
        artists: track.artists,
        album: release.title,
        ...(track.durationMs !== undefined && { durationMs: track.durationMs }),
        ...(release.date && { releaseDate: release.date }),
        extra: {
          trackNumber: track.position,
          discNumber: medium.position,
          releaseId: release.id,
          ...(release.releaseGroup && { releaseGroupId: release.releaseGroup.id }),
        },
      };
      return {
        kind: JobKind.Track,
        query: `${track.artists.join(', ') || release.artistCredit} - ${track.title}`,
        options,
        data: { recording },
      };
    }),
  );
}
