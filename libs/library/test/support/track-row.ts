import { randomUUID } from 'node:crypto';
import { LibraryTrackEntity } from '@app/library';

/** A library row with nothing known but its path and size; a test names only the columns it is about. */
export function trackRow(path: string, overrides: Partial<LibraryTrackEntity> = {}): LibraryTrackEntity {
  return Object.assign(new LibraryTrackEntity(), {
    id: randomUUID(),
    path,
    format: 'mp3',
    codec: null,
    bitrate: null,
    sampleRate: null,
    durationMs: 200_000,
    size: 1000,
    mtime: 1,
    contentHash: null,
    fingerprint: null,
    title: null,
    artist: null,
    album: null,
    albumArtist: null,
    trackNumber: null,
    discNumber: null,
    year: null,
    tags: null,
    mbRecordingId: null,
    mbReleaseId: null,
    mbReleaseGroupId: null,
    mbArtistId: null,
    isrc: null,
    sourceUrl: null,
    jobId: null,
    hasCover: false,
    playCount: 0,
    lastPlayedAt: null,
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  });
}
