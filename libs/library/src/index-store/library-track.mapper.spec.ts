import type { ReadResult } from '@app/tagger';
import { LibraryTrackEntity } from './library-track.entity.js';
import { toLibraryTrack, toLibraryTrackDetail } from './library-track.mapper.js';

const entity = Object.assign(new LibraryTrackEntity(), {
  id: '11111111-2222-4333-8444-555555555555',
  path: 'Daft Punk/Discovery/01 One More Time.mp3',
  format: 'mp3',
  codec: 'MPEG-1 Layer 3',
  bitrate: 320_000,
  sampleRate: 44_100,
  durationMs: 320_357,
  size: 12_834_000,
  mtime: Date.UTC(2024, 1, 2, 3, 4, 5),
  contentHash: 'f'.repeat(64),
  fingerprint: null,
  title: 'One More Time',
  artist: 'Daft Punk',
  album: 'Discovery',
  albumArtist: 'Daft Punk',
  trackNumber: 1,
  discNumber: 1,
  year: 2001,
  tags: { metadata: { title: 'One More Time' } },
  mbRecordingId: null,
  mbReleaseId: null,
  mbReleaseGroupId: null,
  mbArtistId: null,
  isrc: 'GBDUW0000053',
  sourceUrl: null,
  jobId: null,
  hasCover: true,
  createdAt: Date.UTC(2025, 0, 1),
  updatedAt: Date.UTC(2025, 0, 2),
  playCount: 4,
  lastPlayedAt: Date.UTC(2025, 0, 3),
});

const read: ReadResult = {
  tags: { metadata: { title: 'One More Time (edit)', artists: ['Daft Punk'], musicbrainz: {}, source: 'tags' } },
  audio: {
    format: 'mp3',
    codec: 'MPEG-1 Layer 3',
    bitrate: 320_000,
    sampleRate: 48_000,
    channels: 2,
    durationMs: 320_400,
    lossless: false,
  },
};

describe('toLibraryTrack', () => {
  it('shows the indexed facts with ISO times', () => {
    expect(toLibraryTrack(entity)).toEqual({
      id: entity.id,
      path: entity.path,
      format: 'mp3',
      title: 'One More Time',
      artist: 'Daft Punk',
      album: 'Discovery',
      albumArtist: 'Daft Punk',
      trackNumber: 1,
      discNumber: 1,
      year: 2001,
      durationMs: 320_357,
      audio: { codec: 'MPEG-1 Layer 3', bitrate: 320_000, sampleRate: 44_100 },
      size: 12_834_000,
      modifiedAt: '2024-02-02T03:04:05.000Z',
      hasCover: true,
      musicbrainz: { recordingId: null, releaseId: null, releaseGroupId: null, artistId: null },
      isrc: 'GBDUW0000053',
      sourceUrl: null,
      jobId: null,
      addedAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-02T00:00:00.000Z',
      playCount: 4,
      lastPlayedAt: '2025-01-03T00:00:00.000Z',
    });
  });

  it('takes the audio facts of a fresh read', () => {
    const sut = toLibraryTrack(entity, read);
    expect(sut.audio).toEqual({
      codec: 'MPEG-1 Layer 3',
      bitrate: 320_000,
      sampleRate: 48_000,
      channels: 2,
      lossless: false,
    });
    expect(sut.durationMs).toBe(320_400);
  });
});

describe('toLibraryTrackDetail', () => {
  it('shows the tags and cover as read now, and the job', () => {
    const job = { id: 'j', query: 'one more time', status: 'success', state: 'FINALIZED', createdAt: 'x' };
    const sut = toLibraryTrackDetail(entity, read, job);
    expect(sut).toMatchObject({ tags: read.tags, hasCover: false, cover: null, hasFingerprint: false, job });
    expect(sut.readProblem).toBeUndefined();
  });

  it('falls back to the indexed tags when the file cannot be read, saying why', () => {
    const sut = toLibraryTrackDetail(entity, { problem: 'Cannot read the tags: truncated' }, null);
    expect(sut).toMatchObject({ tags: entity.tags, hasCover: true, readProblem: 'Cannot read the tags: truncated' });
    expect(sut.audio).toEqual({ codec: 'MPEG-1 Layer 3', bitrate: 320_000, sampleRate: 44_100 });
  });
});
