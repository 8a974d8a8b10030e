import { LibraryTrackEntity } from '../index-store/library-track.entity.js';
import { type DuplicateLookups, findDuplicate, type FingerprintComparison } from './find-duplicate.js';

const row = (id: string, fields: Partial<LibraryTrackEntity> = {}) =>
  Object.assign(new LibraryTrackEntity(), {
    id,
    path: `${id}.flac`,
    mbRecordingId: null,
    fingerprint: null,
    ...fields,
  });

function lookups(rows: LibraryTrackEntity[]): DuplicateLookups {
  return {
    findByContentHash: async (h) => rows.filter((r) => r.contentHash === h),
    findByRecordingId: async (id) => rows.filter((r) => r.mbRecordingId === id),
    findByIsrc: async (isrc) => rows.filter((r) => r.isrc === isrc),
    findFingerprintCandidates: async (ms) => rows.filter((r) => Math.abs((r.durationMs ?? 0) - ms) <= 5000),
  };
}

// Words as numbers; similarity = share of equal words, enough to tell the rule apart from the measure.
const fingerprints: FingerprintComparison = {
  parse: (raw) => raw.split(',').map(Number),
  similarity: (a, b) => a.filter((w, i) => w === b[i]).length / Math.max(a.length, b.length),
  threshold: 0.9,
};

describe('findDuplicate', () => {
  it('finds nothing in an empty library', async () => {
    await expect(findDuplicate({ recordingId: 'r1', isrc: 'X' }, lookups([]), fingerprints)).resolves.toBeUndefined();
  });

  it('prefers identical bytes, then the recording id, then the ISRC', async () => {
    const rows = [
      row('by-isrc', { isrc: 'GBAAA0000001' }),
      row('by-recording', { mbRecordingId: 'rec-1' }),
      row('by-hash', { contentHash: 'h1' }),
    ];
    const all = { contentHash: 'h1', recordingId: 'rec-1', isrc: 'GBAAA0000001' };
    expect((await findDuplicate(all, lookups(rows), fingerprints))?.basis).toBe('same file content');
    const noHash = { recordingId: 'rec-1', isrc: 'GBAAA0000001' };
    expect((await findDuplicate(noHash, lookups(rows), fingerprints))?.track.id).toBe('by-recording');
    expect((await findDuplicate({ isrc: 'GBAAA0000001' }, lookups(rows), fingerprints))?.basis).toBe('ISRC');
  });

  it('does not take an ISRC match whose row names another recording', async () => {
    const rows = [row('other', { isrc: 'GBAAA0000001', mbRecordingId: 'rec-2' })];
    await expect(
      findDuplicate({ isrc: 'GBAAA0000001', recordingId: 'rec-1' }, lookups(rows), fingerprints),
    ).resolves.toBeUndefined();
  });

  it('matches fingerprints of similar length above the threshold, the most similar first', async () => {
    const words = Array.from({ length: 20 }, (_, i) => i);
    const near = [...words.slice(0, 19), 99];
    const rows = [
      row('far-length', { fingerprint: words.join(','), durationMs: 300_000 }),
      row('near', { fingerprint: near.join(','), durationMs: 181_000 }),
      row('exact', { fingerprint: words.join(','), durationMs: 182_000 }),
      row('different', { fingerprint: words.map((w) => w + 1).join(','), durationMs: 180_000 }),
    ];
    const found = await findDuplicate({ fingerprint: words, durationMs: 180_000 }, lookups(rows), fingerprints);
    expect(found).toMatchObject({ basis: 'audio fingerprint', similarity: 1 });
    expect(found?.track.id).toBe('exact');
  });

  it('ignores a fingerprint match on a row that names another recording', async () => {
    const words = [1, 2, 3];
    const rows = [row('other', { fingerprint: '1,2,3', durationMs: 1000, mbRecordingId: 'rec-2' })];
    await expect(
      findDuplicate({ fingerprint: words, durationMs: 1000, recordingId: 'rec-1' }, lookups(rows), fingerprints),
    ).resolves.toBeUndefined();
  });
});
