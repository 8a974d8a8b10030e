import type { RecordingCandidate, Scored } from '../scoring/index.js';
import { chooseResults } from './choose-results.js';
import { parseConversation } from './parse-conversation.js';
import { clarifyingQuestions } from './questions.js';

const recording = (
  title: string,
  album: string,
  releaseDate?: string,
  disambiguation?: string,
): RecordingCandidate => ({
  provider: 'musicbrainz',
  providerId: title,
  title,
  artists: ['Marrow Lane'],
  album,
  ...(releaseDate && { releaseDate }),
  ...(disambiguation && { disambiguation }),
});

const scored = (candidate: RecordingCandidate, score: number): Scored<RecordingCandidate> => ({
  candidate,
  score,
  label: candidate.title,
  parts: [],
  distance: 1 - score,
  reasons: [],
});

/** A song with a studio, a live and an acoustic recording; the studio one is the album's title track. */
const HOLLOW_CROWN = [
  scored(recording('Hollow Crown', 'Hollow Crown', '2003-03-25'), 0.93),
  scored(recording('Hollow Crown (Live in Madrid)', 'Live in Madrid', '2004-11-02'), 0.81),
  scored(recording('Hollow Crown', 'Radio Sessions', undefined, 'acoustic'), 0.8),
];
const NONE = { preferences: {}, answers: {} };

describe('clarifyingQuestions', () => {
  it('asks which version and whether the album is meant, from the differences among the candidates', () => {
    const questions = clarifyingQuestions(parseConversation('hollow crown by marrow lane'), HOLLOW_CROWN, NONE);
    expect(questions.map((q) => [q.prompt, q.options.map((o) => o.label).join(' · ')])).toEqual([
      ['Which version?', 'Studio 2003 · Live in Madrid 2004 · Acoustic'],
      ['Album or just the song?', 'Just the song · The whole album'],
    ]);
    expect(questions.map((q) => q.defaultOptionId)).toEqual(['studio', 'track']);
  });

  it.each([
    ['the words name the version', 'the acoustic version of hollow crown by marrow lane', NONE, ['kind']],
    ['the words name the kind', 'just the song hollow crown by marrow lane', NONE, ['version']],
    [
      'an answer was given',
      'hollow crown by marrow lane',
      { preferences: {}, answers: { version: 'studio' } },
      ['kind'],
    ],
    [
      'a preference fits',
      'hollow crown by marrow lane',
      { preferences: { version: 'live', kind: 'track' as const }, answers: {} },
      [],
    ],
  ])('asks nothing already settled: %s', (_name, query, settled, ids) => {
    expect(clarifyingQuestions(parseConversation(query), HOLLOW_CROWN, settled).map((q) => q.id)).toEqual(ids);
  });

  it('still asks about the version when the preferred one is not among the candidates', () => {
    const settled = { preferences: { version: 'demo', kind: 'track' as const }, answers: {} };
    expect(clarifyingQuestions(parseConversation('hollow crown'), HOLLOW_CROWN, settled).map((q) => q.id)).toEqual([
      'version',
    ]);
  });

  it('asks nothing when every candidate is the same version of a song no album is named after', () => {
    const one = [scored(recording('Glass Orchard', 'Orchard', '2021-03-19'), 0.9)];
    expect(clarifyingQuestions(parseConversation('glass orchard'), one, NONE)).toEqual([]);
  });
});

describe('chooseResults', () => {
  it('puts the answered version first and says why on each card', () => {
    const settled = { preferences: {}, answers: { version: 'live:madrid', kind: 'track' } };
    const results = chooseResults(parseConversation('hollow crown'), HOLLOW_CROWN, settled);
    expect(results.map((r) => [r.version, r.why])).toEqual([
      ['Live in Madrid', 'Best match (81%) · Live in Madrid, as you chose · 2004'],
      ['Studio', 'Other version (93%) · Studio · 2003'],
      ['Acoustic', 'Other version (80%) · Acoustic'],
    ]);
    expect(results[0]!.request).toEqual({ query: 'Marrow Lane - Hollow Crown (Live in Madrid)', kind: 'track' });
  });

  it('takes the studio version on "Skip, use defaults"', () => {
    const results = chooseResults(parseConversation('hollow crown'), HOLLOW_CROWN, NONE, true);
    expect(results[0]!.why).toBe('Best match (93%) · Studio, the default · 2003');
  });

  it('weighs the years a request names', () => {
    const results = chooseResults(parseConversation('hollow crown from around 2004'), HOLLOW_CROWN, NONE);
    expect(results.map((r) => r.why)).toEqual([
      'Best match (93%) · Studio · 2003, in 2003–2005',
      'Also fits (81%) · Live in Madrid · 2004, in 2003–2005',
      'Also fits (80%) · Acoustic · year unknown',
    ]);
  });

  it('answers the albums the song is on when the album is wanted', () => {
    const settled = { preferences: {}, answers: { version: 'studio', kind: 'album' } };
    const results = chooseResults(parseConversation('hollow crown'), HOLLOW_CROWN, settled);
    expect(results[0]).toMatchObject({
      kind: 'album',
      title: 'Hollow Crown',
      why: 'Best match: has "Hollow Crown" · 2003',
      request: { query: 'Marrow Lane - Hollow Crown', kind: 'album' },
    });
  });
});
