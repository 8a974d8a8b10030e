import type { ReadResult } from '@app/tagger';
import { fromReadResult } from './from-read-result.js';

const AT = Date.UTC(2025, 4, 1);
const HASH = 'a'.repeat(64);

const read: ReadResult = {
  tags: {
    metadata: {
      title: 'Mr. Brightside',
      artists: ['The Killers'],
      album: 'Hot Fuss',
      albumArtists: ['The Killers'],
      releaseDate: '2004-06-07',
      originalDate: '2003-09-29',
      trackNumber: 2,
      trackTotal: 11,
      discNumber: 1,
      isrc: 'USIR20400274',
      musicbrainz: {
        recordingId: '37d88b7e-3e5d-4fa5-9f8b-2e9c7c1b3a11',
        releaseId: 'B1A7C2D3-0000-4000-8000-000000000001',
        releaseGroupId: 'c2b8d3e4-0000-4000-8000-000000000002',
        artistIds: ['95e1ead9-4d31-4808-a7ac-32c3614c116b', '00000000-0000-4000-8000-000000000003'],
      },
      source: 'tags',
    },
    replayGain: { trackGainDb: -6.52, trackPeak: 0.988553 },
    sourceUrl: 'https://www.youtube.com/watch?v=gGdGFtwCNBE',
  },
  audio: { format: 'flac', codec: 'FLAC', bitrate: 912_000, sampleRate: 44_100, durationMs: 222_973, lossless: true },
  cover: { mimeType: 'image/jpeg', width: 1200, height: 1200, bytes: 183_211 },
};

describe('fromReadResult', () => {
  it('fills every column from the read', () => {
    const sut = fromReadResult(
      'The Killers/Hot Fuss/02 Mr. Brightside.flac',
      { size: 25_000_000, mtimeMs: 1.5 },
      read,
      HASH,
      AT,
    );
    expect(sut).toMatchObject({
      path: 'The Killers/Hot Fuss/02 Mr. Brightside.flac',
      format: 'flac',
      codec: 'FLAC',
      bitrate: 912_000,
      sampleRate: 44_100,
      durationMs: 222_973,
      size: 25_000_000,
      mtime: 1,
      contentHash: HASH,
      fingerprint: null,
      title: 'Mr. Brightside',
      artist: 'The Killers',
      album: 'Hot Fuss',
      albumArtist: 'The Killers',
      trackNumber: 2,
      discNumber: 1,
      year: 2004,
      mbRecordingId: '37d88b7e-3e5d-4fa5-9f8b-2e9c7c1b3a11',
      mbReleaseId: 'b1a7c2d3-0000-4000-8000-000000000001',
      mbReleaseGroupId: 'c2b8d3e4-0000-4000-8000-000000000002',
      mbArtistId: '95e1ead9-4d31-4808-a7ac-32c3614c116b',
      isrc: 'USIR20400274',
      sourceUrl: 'https://www.youtube.com/watch?v=gGdGFtwCNBE',
      jobId: null,
      hasCover: true,
      createdAt: AT,
      updatedAt: AT,
    });
    expect(sut.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(sut.tags).toEqual(read.tags);
  });

  it('prefers the credited artist string and joins artists otherwise', () => {
    const credited = { ...read.tags.metadata, artists: ['Jay-Z', 'Linkin Park'], artistCredit: 'Jay-Z & Linkin Park' };
    const joined = { ...read.tags.metadata, artists: ['Jay-Z', 'Linkin Park'] };
    const row = (metadata: typeof joined) =>
      fromReadResult('x.flac', { size: 1, mtimeMs: 1 }, { ...read, tags: { metadata } }, HASH, AT);
    expect(row(credited).artist).toBe('Jay-Z & Linkin Park');
    expect(row(joined).artist).toBe('Jay-Z; Linkin Park');
  });

  it('keeps a file without tags with empty columns', () => {
    const bare: ReadResult = {
      tags: { metadata: { title: '', artists: [], musicbrainz: {}, source: 'tags' } },
      audio: { format: 'mp3', codec: 'MPEG-1 Layer 3', durationMs: 1_000, lossless: false },
    };
    expect(fromReadResult('a.mp3', { size: 10, mtimeMs: 5 }, bare, null, AT)).toMatchObject({
      title: null,
      artist: null,
      album: null,
      albumArtist: null,
      year: null,
      trackNumber: null,
      mbRecordingId: null,
      isrc: null,
      bitrate: null,
      hasCover: false,
      contentHash: null,
    });
  });

  it('leaves out what the columns cannot hold', () => {
    const hostile: ReadResult = {
      ...read,
      tags: {
        metadata: {
          title: 'Nul\u0000Title',
          artists: ['\u0000'],
          trackNumber: 1e12,
          isrc: 'not-an-isrc-at-all',
          musicbrainz: { recordingId: 'x'.repeat(100) },
          source: 'tags',
        },
      },
      audio: { ...read.audio, codec: 'c'.repeat(100) },
    };
    const sut = fromReadResult('h.flac', { size: 1, mtimeMs: 1 }, hostile, HASH, AT);
    expect(sut).toMatchObject({ title: 'NulTitle', artist: null, trackNumber: null, isrc: null, mbRecordingId: null });
    expect(sut.codec).toHaveLength(32);
    expect(JSON.stringify(sut.tags)).not.toContain('\\u0000');
  });
});
