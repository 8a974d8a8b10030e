import type { TrackMetadata } from '@app/contracts';
import type { RecordingCandidate } from '@app/core';

export type { TrackMetadata };

const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
const num = (v: unknown) =>
  typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined;

export function metadataFrom(recording: RecordingCandidate): TrackMetadata {
  const extra = recording.extra ?? {};
  const artistIds = Array.isArray(extra['artistIds']) ? (extra['artistIds'] as string[]) : undefined;
  return {
    title: recording.title,
    artists: recording.artists,
    album: recording.album,
    releaseDate: recording.releaseDate,
    trackNumber: num(extra['trackNumber']),
    discNumber: num(extra['discNumber']),
    isrc: recording.isrcs?.[0],
    musicbrainz: {
      recordingId: recording.mbid,
      releaseId: str(extra['releaseId']),
      releaseGroupId: str(extra['releaseGroupId']),
      artistIds,
    },
    coverUrl: recording.coverUrl,
    source: recording.provider,
  };
}
