import type { SearchResultDto } from '@app/contracts';
import type { RecordingCandidate, Scored } from '../scoring/index.js';
import { type CandidateFacts, factsOf, versionId } from './candidate-facts.js';
import type { RequestConstraints } from './constraints.js';
import { matchesPreference, type Settled } from './questions.js';
import { albumWhy, trackWhy, type VersionSource } from './why-line.js';

export const MAX_RESULTS = 10;

interface Fact {
  scored: Scored<RecordingCandidate>;
  facts: CandidateFacts;
}

/** The version wanted and what settled it; undefined when nothing did (every version is shown). */
interface VersionChoice {
  matches: (facts: CandidateFacts) => boolean;
  source: VersionSource;
}

/** A result as shown, and the recording it stands for (what a pick hands to the job). */
export interface ChosenResult {
  result: SearchResultDto;
  recording: RecordingCandidate;
}

/** The results as shown; see {@link chooseResultsWithRecordings}. */
export function chooseResults(
  constraints: RequestConstraints,
  ranked: readonly Scored<RecordingCandidate>[],
  settled: Settled,
  skip = false,
): SearchResultDto[] {
  return chooseResultsWithRecordings(constraints, ranked, settled, skip).map((chosen) => chosen.result);
}

/**
 * The results for a request once its questions are settled: the wanted version and years first (the others after,
 * never hidden when nothing fits), songs or the albums they are on, each with the line saying why it is there.
 */
export function chooseResultsWithRecordings(
  constraints: RequestConstraints,
  ranked: readonly Scored<RecordingCandidate>[],
  settled: Settled,
  skip = false,
): ChosenResult[] {
  const facts: Fact[] = ranked.map((scored) => ({ scored, facts: factsOf(scored.candidate) }));
  const version = versionChoice(constraints, facts, settled, skip);
  const inYears = (f: Fact) => !constraints.years || !f.facts.year || withinYears(f.facts.year, constraints);
  const fits = (f: Fact) => (!version || version.matches(f.facts)) && inYears(f);
  const ordered = [...facts.filter(fits), ...facts.filter((f) => !fits(f))];
  if (constraints.latest) ordered.sort((a, b) => (b.facts.year ?? 0) - (a.facts.year ?? 0));
  const kind = releaseWanted(constraints, settled) ? 'album' : 'track';
  if (kind === 'album') return albumResults(ordered, constraints);
  return ordered.slice(0, MAX_RESULTS).map((f, i) => ({
    result: {
      ...resultBase(f, i),
      kind: 'track',
      why: trackWhy(i, f.scored.score, f.facts, fits(f), version?.source, constraints),
      request: { query: `${f.scored.candidate.artists.join(', ')} - ${f.scored.candidate.title}`, kind: 'track' },
    },
    recording: f.scored.candidate,
  }));
}

function versionChoice(
  constraints: RequestConstraints,
  facts: Fact[],
  { answers, preferences }: Settled,
  skip: boolean,
): VersionChoice | undefined {
  const asked = constraints.versions[0];
  if (asked) {
    const detail = asked.detail?.toLowerCase();
    return {
      matches: (f) => f.version.kind === asked.kind && (!detail || f.version.detail?.toLowerCase() === detail),
      source: 'asked',
    };
  }
  const answer = answers['version'];
  if (answer) return { matches: (f) => f.versionId === answer, source: 'answer' };
  const preferred = preferences.version;
  if (preferred && facts.some((f) => matchesPreference(f.facts.versionId, preferred)))
    return { matches: (f) => matchesPreference(f.versionId, preferred), source: 'preference' };
  if (skip && facts.some((f) => f.facts.versionId === 'studio'))
    return { matches: (f) => versionId(f.version) === 'studio', source: 'default' };
  return undefined;
}

function releaseWanted(constraints: RequestConstraints, { answers, preferences }: Settled): boolean {
  const kind = constraints.kind ?? answers['kind'] ?? preferences.kind ?? 'track';
  return kind === 'album' || kind === 'ep' || kind === 'single';
}

const withinYears = (year: number, c: RequestConstraints) => year >= c.years!.from && year <= c.years!.to;

function resultBase(f: Fact, index: number): Omit<SearchResultDto, 'kind' | 'why' | 'request'> {
  const c = f.scored.candidate;
  return {
    id: `r${index + 1}`,
    title: c.title,
    artists: c.artists,
    ...(c.album && { album: c.album }),
    ...(f.facts.year && { year: f.facts.year }),
    version: f.facts.versionLabel,
    ...(c.durationMs && { durationMs: c.durationMs }),
    ...(c.coverUrl && { coverUrl: c.coverUrl }),
    score: Math.round(f.scored.score * 1000) / 1000,
  };
}

/** One result per album the fitting songs are on, in the songs' order. */
function albumResults(ordered: Fact[], constraints: RequestConstraints): ChosenResult[] {
  const seen = new Set<string>();
  const results: ChosenResult[] = [];
  for (const f of ordered) {
    const { album, artists } = f.scored.candidate;
    const key = `${artists.join(', ')}\u0000${album ?? ''}`.toLowerCase();
    if (!album || seen.has(key)) continue;
    seen.add(key);
    const index = results.length;
    results.push({
      result: {
        ...resultBase(f, index),
        kind: 'album',
        title: album,
        why: albumWhy(index, f.facts, f.scored.candidate.title, constraints),
        request: { query: `${artists.join(', ')} - ${album}`, kind: 'album' },
      },
      recording: f.scored.candidate,
    });
  }
  return results.slice(0, MAX_RESULTS);
}
