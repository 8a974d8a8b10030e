import { createHash } from 'node:crypto';
import { IdentityResolver } from '@app/resolver';
import { memoryProvider, type ResolveCase, type ResolveWorld } from './resolve-world.js';

export const WAYS = ['plain', 'dash', 'noisy', 'typo'] as const;
export type Way = (typeof WAYS)[number];

/** The four ways a person asks for one track. */
export function askedAs(c: ResolveCase, way: Way): string {
  if (way === 'plain') return `${c.title} ${c.artist}`.toLowerCase();
  if (way === 'dash') return `${c.artist} - ${c.title}`;
  if (way === 'noisy') return c.noisy;
  return misspell(`${c.artist} - ${c.title}`, c.key);
}

/** One typo (a letter dropped, doubled, swapped or replaced) in one word of four letters or more. */
export function misspell(text: string, seed: string): string {
  const words = text.split(' ');
  const long = words.map((w, i) => ({ w, i })).filter(({ w }) => /^\p{L}{4,}$/u.test(w));
  if (long.length === 0) return text;
  const n = parseInt(createHash('sha1').update(`typo:${seed}`).digest('hex').slice(0, 8), 16);
  const { w, i } = long[n % long.length]!;
  const at = 1 + (n % (w.length - 2));
  const kind = n % 4;
  const typo =
    kind === 0
      ? w.slice(0, at) + w.slice(at + 1)
      : kind === 1
        ? w.slice(0, at) + w[at] + w.slice(at)
        : kind === 2
          ? w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2)
          : w.slice(0, at) + (w[at] === 'e' ? 'a' : 'e') + w.slice(at + 1);
  words[i] = typo;
  return words.join(' ');
}

export interface Outcome {
  way: Way;
  level: string;
  correct: boolean;
  query: string;
  reason: string;
  got?: string;
}

export async function resolveAll(world: ResolveWorld, cases: readonly ResolveCase[]): Promise<Outcome[]> {
  const resolver = new IdentityResolver([
    memoryProvider('musicbrainz', world.musicbrainz),
    memoryProvider('deezer', world.deezer),
  ]);
  const outcomes: Outcome[] = [];
  for (const c of cases) {
    for (const way of WAYS) {
      const query = askedAs(c, way);
      const result = await resolver.resolve(query);
      const best = result.recommendation.best?.candidate;
      outcomes.push({
        way,
        level: result.recommendation.level,
        correct: best?.mbid === c.mbid,
        query,
        reason: result.recommendation.reason,
        got: result.recommendation.best?.label,
      });
    }
  }
  return outcomes;
}

export interface ResolveMetrics {
  calls: number;
  top1: number;
  strongWrong: number;
  asks: number;
  byWay: Record<Way, number>;
  /** Per level: how many were decided at it, and how many of those were right. */
  calibration: Record<string, { count: number; correct: number }>;
}

export function metricsOf(outcomes: readonly Outcome[]): ResolveMetrics {
  const byWay = Object.fromEntries(
    WAYS.map((way) => {
      const of = outcomes.filter((o) => o.way === way);
      return [way, of.filter((o) => o.correct).length / Math.max(1, of.length)];
    }),
  ) as Record<Way, number>;
  const calibration: ResolveMetrics['calibration'] = {};
  for (const o of outcomes) {
    const row = (calibration[o.level] ??= { count: 0, correct: 0 });
    row.count++;
    if (o.correct) row.correct++;
  }
  return {
    calls: outcomes.length,
    top1: outcomes.filter((o) => o.correct).length / Math.max(1, outcomes.length),
    strongWrong: outcomes.filter((o) => o.level === 'strong' && !o.correct).length,
    asks: outcomes.filter((o) => o.level !== 'strong').length / Math.max(1, outcomes.length),
    byWay,
    calibration,
  };
}
