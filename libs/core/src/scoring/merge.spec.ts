import { isSameRecording, mergeDuplicates } from './merge.js';
import type { RecordingCandidate } from './types.js';

// Seether "Gasoline": MusicBrainz keeps a2777238 (Disclaimer) and 7d3a5c97 (Vicennial) apart although both
// carry ISRC USWU30200017.
const original: RecordingCandidate = {
  provider: 'musicbrainz',
  providerId: 'a2777238-19e7-4cba-b66b-fd7c3441f29e',
  mbid: 'a2777238-19e7-4cba-b66b-fd7c3441f29e',
  title: 'Gasoline',
  artists: ['Seether'],
  album: 'Disclaimer',
  durationMs: 169_000,
  isrcs: ['USWU30200017'],
  disambiguation: 'original Disclaimer version',
  releaseDate: '2002-08-20',
};
const vicennial: RecordingCandidate = {
  ...original,
  providerId: '7d3a5c97-4301-485a-b578-7a78f53280b5',
  mbid: '7d3a5c97-4301-485a-b578-7a78f53280b5',
  album: 'Vicennial: 2 Decades of Seether',
  durationMs: 168_560,
};
const deezer: RecordingCandidate = {
  provider: 'deezer',
  providerId: 'dz-1',
  title: 'Gasoline',
  artists: ['Seether'],
  durationMs: 169_000,
  isrcs: ['USWU30200017'],
  coverUrl: 'https://covers.example/1.jpg',
};

describe('isSameRecording', () => {
  it.each<[string, RecordingCandidate, RecordingCandidate, boolean]>([
    ['the same entry', original, { ...original }, true],
    ['two entries of one provider, one ISRC', original, vicennial, false],
    ['a shared ISRC across providers', original, deezer, true],
    ['a shared ISRC, but a live title', original, { ...deezer, title: 'Gasoline (Live)' }, false],
    ['the same MusicBrainz id', original, { ...deezer, isrcs: [], mbid: original.mbid?.toUpperCase() }, true],
    ['another MusicBrainz id', original, { ...deezer, mbid: vicennial.mbid }, false],
    ['same name and artist, 1.5 s apart', original, { ...deezer, isrcs: undefined, durationMs: 170_500 }, true],
    ['same name and artist, 3 s apart', original, { ...deezer, isrcs: undefined, durationMs: 172_000 }, false],
    ['same name, length unknown', original, { ...deezer, isrcs: undefined, durationMs: undefined }, false],
    ['same name, other artist', original, { ...deezer, isrcs: undefined, artists: ['Nirvana'] }, false],
    [
      'a title that differs by noise only',
      original,
      { ...deezer, isrcs: undefined, title: 'Gasoline (Official Audio)' },
      true,
    ],
  ])('%s: %s', (_case, a, b, same) => {
    expect(isSameRecording(a, b)).toBe(same);
    expect(isSameRecording(b, a)).toBe(same);
  });
});

describe('mergeDuplicates', () => {
  it('folds one recording from several providers into the richest entry', () => {
    const sut = mergeDuplicates([deezer, original]);
    expect(sut).toEqual([
      {
        ...original,
        coverUrl: deezer.coverUrl,
        alsoFrom: [{ provider: 'deezer', providerId: 'dz-1' }],
      },
    ]);
  });

  it('pools the ISRCs and fills gaps from the others', () => {
    const itunes: RecordingCandidate = {
      provider: 'itunes',
      providerId: '5521',
      title: 'Gasoline',
      artists: ['Seether'],
      durationMs: 169_500,
      isrcs: ['USWU30200017', 'USWV40400006'],
      url: 'https://music.example/song/5521',
    };
    const [sut] = mergeDuplicates([deezer, itunes]);
    expect(sut).toMatchObject({
      provider: 'deezer',
      isrcs: ['USWU30200017', 'USWV40400006'],
      url: itunes.url,
      alsoFrom: [{ provider: 'itunes', providerId: '5521' }],
    });
  });

  it('keeps entries a provider tells apart, and the order they came in', () => {
    const sut = mergeDuplicates([original, vicennial, deezer]);
    expect(sut.map((c) => [c.providerId, c.alsoFrom?.length ?? 0])).toEqual([
      [original.providerId, 1],
      [vicennial.providerId, 0],
    ]);
  });

  it('returns a lone candidate unchanged', () => {
    expect(mergeDuplicates([deezer])).toEqual([deezer]);
  });
});
