import { isChosenRecording } from './chosen-recording.js';

const NUMB = { provider: 'musicbrainz', providerId: 'mb-numb', title: 'Numb', artists: ['Linkin Park'] };

describe('isChosenRecording', () => {
  it('takes a recording as RESOLVING_IDENTITY offered it, with whatever else it carries', () => {
    expect(isChosenRecording({ ...NUMB, durationMs: 187_000, album: 'Meteora' })).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a release an album job offered', { releaseId: 'r1', title: 'Meteora', artist: 'Linkin Park' }],
    ['no provider', { ...NUMB, provider: undefined }],
    ['an id that is a number', { ...NUMB, providerId: 42 }],
    ['artists as one string', { ...NUMB, artists: 'Linkin Park' }],
    ['an artist that is not text', { ...NUMB, artists: ['Linkin Park', null] }],
  ])('refuses %s', (_name, payload) => {
    expect(isChosenRecording(payload)).toBe(false);
  });
});
