import { candidateSplits, chooseSplit } from './candidate-splits.js';

describe('candidateSplits', () => {
  it('gives both orientations of every cut', () => {
    expect(candidateSplits('a b c d')).toHaveLength(6);
  });

  it.each([
    ['numb linkin park', { artist: 'linkin park', title: 'numb' }],
    ['in the end linkin park', { artist: 'linkin park', title: 'in the end' }],
    ['blinding lights the weeknd', { artist: 'the weeknd', title: 'blinding lights' }],
  ])('puts the likeliest reading of %j first', (query, first) => {
    expect(candidateSplits(query)[0]).toEqual(first);
  });

  it('ranks a cut next to a joining word last', () => {
    const splits = candidateSplits('shape of you ed sheeran');
    expect(splits.findIndex((s) => s.artist === 'of you ed sheeran')).toBeGreaterThan(3);
  });

  it.each(['', 'numb', 'one two three four five six seven eight nine ten eleven twelve thirteen'])(
    'has nothing to split in %j',
    (query) => {
      expect(candidateSplits(query)).toEqual([]);
    },
  );
});

describe('chooseSplit', () => {
  const numb = [
    { artist: 'Linkin Park', title: 'Numb' },
    { artist: 'JAY-Z & Linkin Park', title: 'Numb / Encore' },
  ];

  it.each([
    ['numb linkin park', numb, { artist: 'linkin park', title: 'numb' }, 1],
    ['linkin park numb', numb, { artist: 'linkin park', title: 'numb' }, 1],
    ['numb encore linkin park', numb, { artist: 'linkin park', title: 'numb encore' }, 1],
    ['beyonce halo', [{ artist: 'Beyoncé', title: 'Halo' }], { artist: 'beyonce', title: 'halo' }, 1],
    [
      'weeknd blinding lights',
      [{ artist: 'The Weeknd', title: 'Blinding Lights' }],
      { artist: 'weeknd', title: 'blinding lights' },
      1,
    ],
    [
      'simon and garfunkel the boxer',
      [{ artist: 'Simon & Garfunkel', title: 'The Boxer' }],
      { artist: 'simon and garfunkel', title: 'the boxer' },
      1,
    ],
    ['numb linkin', numb, { artist: 'linkin', title: 'numb' }, 0.833],
  ])('reads %j against provider results', (query, known, split, score) => {
    expect(chooseSplit(candidateSplits(query), known)).toEqual({ split, score });
  });

  it('keeps the more plausible split on a tie', () => {
    const splits = candidateSplits('a b');
    expect(chooseSplit(splits, [{ artist: 'x', title: 'y' }])?.split).toEqual(splits[0]);
  });

  it('returns undefined without splits or provider results', () => {
    expect(chooseSplit([], numb)).toBeUndefined();
    expect(chooseSplit(candidateSplits('numb linkin park'), [])).toBeUndefined();
  });
});
