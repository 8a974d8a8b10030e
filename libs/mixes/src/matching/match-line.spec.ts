import { matchLine } from './match-line.js';

const library = [
  {
    id: 't1',
    artist: 'Duke Ellington',
    title: "Take The 'A' Train",
    album: 'Ellington Indigos',
    year: 1958,
    durationMs: 175_000,
  },
  { id: 't2', artist: 'Duke Ellington & His Orchestra', title: "Take the 'A' Train (Live)" },
  { id: 't3', artist: 'Glenn Miller', title: 'In The Mood' },
  { id: 't4', artist: null, title: null },
];

describe('matchLine', () => {
  it('takes an exact artist and title as in the library, listing near ones as well', () => {
    const sut = matchLine(
      {
        artist: 'Duke Ellington',
        title: "Take The 'A' Train",
        artists: ['Duke Ellington'],
        parsedTitle: "Take The 'A' Train",
      },
      library,
    );
    expect(sut.status).toBe('in-library');
    expect(sut.trackId).toBe('t1');
    expect(sut.candidates.map((c) => c.trackId)).toEqual(['t1', 't2']);
  });

  it('asks a person when only a version or a longer credit matches', () => {
    const sut = matchLine(
      {
        artist: 'Duke Ellington Orchestra',
        title: "Take The 'A' Train",
        artists: ['Duke Ellington Orchestra'],
        parsedTitle: "Take The 'A' Train",
      },
      library,
    );
    expect(sut.status).toBe('unsure');
    expect(sut.trackId).toBeNull();
    expect(sut.candidates[0]).toMatchObject({ trackId: 't1', score: 0.9 });
  });

  it('tells a person the album, year, length and why of each candidate', () => {
    const sut = matchLine(
      {
        artist: 'Duke Ellington',
        title: "Take The 'A' Train",
        artists: ['Duke Ellington'],
        parsedTitle: "Take The 'A' Train",
      },
      library,
    );
    expect(sut.candidates[0]).toEqual({
      trackId: 't1',
      artist: 'Duke Ellington',
      title: "Take The 'A' Train",
      album: 'Ellington Indigos',
      year: 1958,
      durationMs: 175_000,
      score: 1,
      reasons: ['title equal', 'artist equal'],
    });
    expect(sut.candidates[1]).toMatchObject({ trackId: 't2', album: null, year: null, durationMs: null });
    expect(sut.candidates[1]!.reasons).toEqual(['title one holds the other', 'artist one holds the other']);
  });

  it('says missing when nothing is close', () => {
    expect(
      matchLine(
        { artist: 'Count Basie', title: 'One O Clock Jump', artists: ['Count Basie'], parsedTitle: 'One O Clock Jump' },
        library,
      ),
    ).toEqual({
      status: 'missing',
      trackId: null,
      candidates: [],
    });
  });
});
