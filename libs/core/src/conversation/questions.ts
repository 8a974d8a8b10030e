import type { ClarifyingQuestionDto, QuestionOptionDto, SearchPreferences } from '@app/contracts';
import { normalizeForMatch } from '../parsing/index.js';
import type { RecordingCandidate, Scored } from '../scoring/index.js';
import { type CandidateFacts, factsOf } from './candidate-facts.js';
import type { RequestConstraints } from './constraints.js';

export const MAX_QUESTIONS = 3;

/** What is already settled apart from the words: remembered preferences and answers given. */
export interface Settled {
  preferences: SearchPreferences;
  answers: Record<string, string | undefined>;
}

/**
 * One to three short questions about the ways the candidates differ that neither the request, nor an answer, nor
 * a preference settles: which version ("Studio 2003 · Live in Madrid 2004 · Acoustic"), album or just the song.
 */
export function clarifyingQuestions(
  constraints: RequestConstraints,
  ranked: readonly Scored<RecordingCandidate>[],
  settled: Settled,
): ClarifyingQuestionDto[] {
  const questions = [versionQuestion(constraints, ranked, settled), kindQuestion(constraints, ranked, settled)];
  return questions.filter((q): q is ClarifyingQuestionDto => q !== undefined).slice(0, MAX_QUESTIONS);
}

/** The versions among the candidates, best first, each labelled with the earliest year it was released. */
export function versionOptions(ranked: readonly Scored<RecordingCandidate>[]): QuestionOptionDto[] {
  const groups = new Map<string, CandidateFacts[]>();
  for (const { candidate } of ranked) {
    const facts = factsOf(candidate);
    groups.set(facts.versionId, [...(groups.get(facts.versionId) ?? []), facts]);
  }
  return [...groups].map(([id, facts]) => {
    const years = facts.map((f) => f.year).filter((y): y is number => y !== undefined);
    const year = years.length ? Math.min(...years) : undefined;
    return { id, label: year ? `${facts[0]!.versionLabel} ${year}` : facts[0]!.versionLabel };
  });
}

function versionQuestion(
  constraints: RequestConstraints,
  ranked: readonly Scored<RecordingCandidate>[],
  { preferences, answers }: Settled,
): ClarifyingQuestionDto | undefined {
  if (constraints.versions.length || answers['version']) return undefined;
  const options = versionOptions(ranked);
  if (options.length < 2) return undefined;
  if (preferences.version && options.some((o) => matchesPreference(o.id, preferences.version!))) return undefined;
  return {
    id: 'version',
    prompt: 'Which version?',
    select: 'one',
    options,
    defaultOptionId: options.find((o) => o.id === 'studio')?.id ?? options[0]!.id,
  };
}

/** "Album or just the song?" when the words name a song that is also the title of an album among the candidates. */
function kindQuestion(
  constraints: RequestConstraints,
  ranked: readonly Scored<RecordingCandidate>[],
  { preferences, answers }: Settled,
): ClarifyingQuestionDto | undefined {
  if (constraints.kind || preferences.kind || answers['kind']) return undefined;
  const wanted = normalizeForMatch(constraints.title ?? constraints.searchText);
  const albums = ranked.map((s) => s.candidate.album).filter((a): a is string => a !== undefined);
  if (!wanted || !albums.some((album) => normalizeForMatch(album) === wanted)) return undefined;
  return {
    id: 'kind',
    prompt: 'Album or just the song?',
    select: 'one',
    options: [
      { id: 'track', label: 'Just the song' },
      { id: 'album', label: 'The whole album' },
    ],
    defaultOptionId: 'track',
  };
}

/** A preference for "live" takes any live version; one for "live:madrid" only that one. */
export function matchesPreference(optionId: string, preferred: string): boolean {
  return optionId === preferred || optionId.split(':')[0] === preferred;
}
