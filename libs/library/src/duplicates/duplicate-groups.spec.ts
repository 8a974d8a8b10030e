import { LibraryTrackEntity } from '../index-store/library-track.entity.js';
import { duplicateGroups, type FingerprintMeasure } from './duplicate-groups.js';

const row = (id: string, fields: Partial<LibraryTrackEntity> = {}) =>
  Object.assign(new LibraryTrackEntity(), {
    id,
    path: `${id}.mp3`,
    format: 'mp3',
    codec: 'MP3',
    bitrate: 128_000,
    sampleRate: 44_100,
    durationMs: 180_000,
    size: 1000,
    contentHash: null,
    mbRecordingId: null,
    fingerprint: null,
    title: null,
    artist: null,
    ...fields,
  });

const quality = (r: LibraryTrackEntity) => ({
  lossless: r.format === 'flac',
  bitrate: r.bitrate ?? undefined,
  codec: r.codec ?? undefined,
});

// Words as numbers; similarity = share of equal words at equal places.
const fingerprints: FingerprintMeasure = {
  parse: (raw) => raw.split(',').map(Number),
  similarity: (a, b) => a.filter((w, i) => w === b[i]).length / Math.max(a.length, b.length),
  threshold: 0.9,
};

describe('duplicateGroups', () => {
  it('finds nothing among distinct tracks', () => {
    const rows = [row('a', { contentHash: 'h1' }), row('b', { contentHash: 'h2', mbRecordingId: 'r1' })];
    expect(duplicateGroups(rows, quality, fingerprints)).toEqual([]);
  });

  it('groups the same bytes first, and does not list those tracks again under their recording', () => {
    const rows = [
      row('a', { contentHash: 'h1', mbRecordingId: 'r1' }),
      row('b', { contentHash: 'h1', mbRecordingId: 'r1' }),
      row('c', { contentHash: 'h2', mbRecordingId: 'r1', path: 'Artist/Album/c.mp3' }),
    ];
    const groups = duplicateGroups(rows, quality, fingerprints);
    expect(groups.map((g) => [g.reason, g.tracks.map((t) => t.id)])).toEqual([['same-bytes', ['a', 'b']]]);
    expect(groups[0]).toMatchObject({ key: 'bytes:h1', keeperReason: expect.stringContaining('shortest path') });
  });

  it('proposes the better file by the quality comparison as keeper, with its reason', () => {
    const rows = [
      row('lossy', { mbRecordingId: 'r1', path: 'a.mp3' }),
      row('lossless', { mbRecordingId: 'r1', format: 'flac', codec: 'FLAC', bitrate: 900_000, path: 'long/b.flac' }),
      row('low', { mbRecordingId: 'r1', bitrate: 64_000, path: 'c.mp3' }),
    ];
    const [group] = duplicateGroups(rows, quality, fingerprints);
    expect(group).toMatchObject({ reason: 'same-recording', key: 'recording:r1', keeperId: 'lossless' });
    expect(group!.keeperReason).toContain('lossless');
    expect(group!.tracks).toHaveLength(3);
  });

  it('groups near-identical fingerprints of similar length, and leaves far lengths and other audio out', () => {
    const words = Array.from({ length: 20 }, (_, i) => i);
    const near = [...words.slice(0, 19), 99];
    const rows = [
      row('one', { fingerprint: words.join(','), durationMs: 180_000 }),
      row('two', { fingerprint: near.join(','), durationMs: 181_500 }),
      row('far', { fingerprint: words.join(','), durationMs: 240_000 }),
      row('other', { fingerprint: words.map((w) => w + 1).join(','), durationMs: 180_500 }),
    ];
    const groups = duplicateGroups(rows, quality, fingerprints);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      reason: 'similar-fingerprint',
      explanation: expect.stringContaining('95 % alike'),
    });
    expect(groups[0]!.tracks.map((t) => t.id).sort()).toEqual(['one', 'two']);
  });
});
