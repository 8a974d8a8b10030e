import type { LibraryTrackDetailDto, LibraryTrackDto, LibraryTrackJobDto } from '@app/contracts';
import type { ReadResult } from '@app/tagger';
import type { LibraryTrackEntity } from './library-track.entity.js';

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * A track as the API shows it. Given a fresh read of the file, the audio facts come from it (channels and
 * losslessness are not indexed).
 */
export function toLibraryTrack(entity: LibraryTrackEntity, read?: ReadResult): LibraryTrackDto {
  return {
    id: entity.id,
    path: entity.path,
    format: entity.format,
    title: entity.title,
    artist: entity.artist,
    album: entity.album,
    albumArtist: entity.albumArtist,
    trackNumber: entity.trackNumber,
    discNumber: entity.discNumber,
    year: entity.year,
    durationMs: read?.audio.durationMs ?? entity.durationMs,
    audio: {
      codec: read?.audio.codec ?? entity.codec,
      bitrate: read?.audio.bitrate ?? entity.bitrate,
      sampleRate: read?.audio.sampleRate ?? entity.sampleRate,
      ...(read?.audio.channels !== undefined ? { channels: read.audio.channels } : {}),
      ...(read ? { lossless: read.audio.lossless } : {}),
    },
    size: entity.size,
    modifiedAt: iso(entity.mtime),
    hasCover: entity.hasCover,
    musicbrainz: {
      recordingId: entity.mbRecordingId,
      releaseId: entity.mbReleaseId,
      releaseGroupId: entity.mbReleaseGroupId,
      artistId: entity.mbArtistId,
    },
    isrc: entity.isrc,
    sourceUrl: entity.sourceUrl,
    jobId: entity.jobId,
    addedAt: iso(entity.createdAt),
    updatedAt: iso(entity.updatedAt),
    playCount: entity.playCount ?? 0,
    lastPlayedAt: entity.lastPlayedAt ? iso(entity.lastPlayedAt) : null,
  };
}

/** What `GET /library/tracks/:id` shows: the indexed facts, the tags and cover as read now, and the job. */
export function toLibraryTrackDetail(
  entity: LibraryTrackEntity,
  read: ReadResult | { problem: string },
  job: LibraryTrackJobDto | null,
): LibraryTrackDetailDto {
  const fresh = 'problem' in read ? undefined : read;
  return {
    ...toLibraryTrack(entity, fresh),
    tags: fresh ? (fresh.tags as unknown as Record<string, unknown>) : entity.tags,
    contentHash: entity.contentHash,
    hasFingerprint: entity.fingerprint !== null,
    hasCover: fresh ? fresh.cover !== undefined : entity.hasCover,
    cover: fresh?.cover ?? null,
    job,
    ...('problem' in read ? { readProblem: read.problem } : {}),
  };
}
