import { DEFAULT_THRESHOLDS, rankScored, recommend, type RecommendationLevel } from './decide.js';
import type { ScorePart, ScorePartName, Scored } from './types.js';

const part = (name: ScorePartName, distance = 0, weight = 1): ScorePart => ({ name, weight, distance, sentence: name });
const CONFIRMED = [part('title'), part('artist'), part('duration')];

function scored(label: string, distance: number, parts: ScorePart[] = CONFIRMED): Scored<string> {
  return { candidate: label, label, distance, score: Math.round((1 - distance) * 1000) / 1000, parts, reasons: [] };
}

describe('recommend', () => {
  it.each([
    ['clear winner', [0.01, 0.2], 'strong', 'a at distance 0.010, 0.190 ahead of b'],
    ['the only candidate', [0.01], 'strong', 'a at distance 0.010, the only candidate'],
    [
      'winner without margin',
      [0.01, 0.03],
      'medium',
      'a at distance 0.010, 0.020 ahead of b; strong needs a margin of 0.050',
    ],
    ['close, not strong', [0.1, 0.4], 'medium', 'a at distance 0.100, 0.300 ahead of b; strong needs under 0.040'],
    [
      'medium limit is inclusive',
      [0.25],
      'medium',
      'a at distance 0.250, the only candidate; strong needs under 0.040',
    ],
    ['low', [0.3, 0.31], 'low', 'a at distance 0.300, 0.010 ahead of b; medium needs 0.250 or less'],
    ['nothing close', [0.6, 0.7], 'none', 'a at distance 0.600, 0.100 ahead of b; nothing beyond 0.500 is offered'],
  ] as const)('%s', (_case, distances, level: RecommendationLevel, reason) => {
    const list = distances.map((d, i) => scored(String.fromCharCode(97 + i), d));
    expect(recommend(list)).toMatchObject({ level, reason, best: { label: 'a' } });
  });

  it('says so when there is nothing to choose from', () => {
    expect(recommend([])).toEqual({ level: 'none', margin: 0, reason: 'no candidates to choose from' });
  });

  it('sorts before deciding', () => {
    const sut = recommend([scored('far', 0.3), scored('near', 0.01)]);
    expect(sut.best?.label).toBe('near');
    expect(sut.margin).toBeCloseTo(0.29);
  });

  it('keeps a close match medium when no duration or id confirms it', () => {
    const sut = recommend([scored('a', 0, [part('title'), part('artist'), part('version')])]);
    expect(sut).toMatchObject({ level: 'medium' });
    expect(sut.reason).toBe(
      'a at distance 0.000, the only candidate, but no duration, ISRC or MusicBrainz id to tell it from same-titled recordings',
    );
  });

  it('keeps a close match medium when no artist was compared', () => {
    const sut = recommend([scored('a', 0, [part('title'), part('duration')])]);
    expect(sut.reason).toBe('a at distance 0.000, the only candidate, but no artist to confirm it');
  });

  it.each([
    ['isrc', 'strong'],
    ['mbid', 'strong'],
    ['album', 'medium'],
  ] as const)('counts an agreeing %s as confirmation: %s', (name, level) => {
    expect(recommend([scored('a', 0, [part('title'), part('artist'), part(name)])]).level).toBe(level);
  });

  it('does not count a runner-up that is the same recording', () => {
    const list = [scored('mb:1', 0.0), scored('deezer:1', 0.005), scored('mb:2', 0.2)];
    const isSame = (a: string, b: string) => a.endsWith(':1') && b.endsWith(':1');
    expect(recommend(list)).toMatchObject({ level: 'medium' });
    expect(recommend(list, { isSame })).toMatchObject({ level: 'strong', margin: 0.2 });
  });

  it('takes thresholds from settings', () => {
    const list = [scored('a', 0.03), scored('b', 0.06)];
    expect(recommend(list).level).toBe('medium');
    expect(recommend(list, { thresholds: { ...DEFAULT_THRESHOLDS, strongMargin: 0.02 } }).level).toBe('strong');
    expect(recommend(list, { thresholds: { ...DEFAULT_THRESHOLDS, strongDistance: 0.02 } }).level).toBe('medium');
  });
});

describe('rankScored', () => {
  it('puts the closest first, then the one with more parts checked, then the input order', () => {
    const list = [
      scored('late', 0.1),
      scored('unconfirmed', 0, [part('title'), part('artist')]),
      scored('first', 0),
      scored('second', 0),
    ];
    expect(rankScored(list).map((s) => s.label)).toEqual(['first', 'second', 'unconfirmed', 'late']);
  });
});
