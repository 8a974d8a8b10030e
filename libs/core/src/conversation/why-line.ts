import type { CandidateFacts } from './candidate-facts.js';
import type { RequestConstraints } from './constraints.js';

/** What settled the version shown: the words, an answer, a remembered preference, or "Skip, use defaults". */
export type VersionSource = 'asked' | 'answer' | 'preference' | 'default';

const VERSION_REASON: Record<VersionSource, (label: string) => string> = {
  asked: (label) => `the ${label.toLowerCase()} version you asked for`,
  answer: (label) => `${label}, as you chose`,
  preference: (label) => `${label}, your preference`,
  default: (label) => `${label}, the default`,
};

/** One line: rank and match, then the version and the years as they relate to the request. */
export function trackWhy(
  index: number,
  score: number,
  facts: CandidateFacts,
  fits: boolean,
  source: VersionSource | undefined,
  constraints: RequestConstraints,
): string {
  const rank = index === 0 ? 'Best match' : fits ? 'Also fits' : 'Other version';
  const version = source && fits ? VERSION_REASON[source](facts.versionLabel) : facts.versionLabel;
  return [`${rank} (${Math.round(score * 100)}%)`, version, yearReason(facts, constraints)].filter(Boolean).join(' · ');
}

export function albumWhy(index: number, facts: CandidateFacts, song: string, constraints: RequestConstraints): string {
  const rank = constraints.latest && index === 0 ? 'Newest release' : index === 0 ? 'Best match' : 'Also has it';
  return [`${rank}: has "${song}"`, yearReason(facts, constraints)].filter(Boolean).join(' · ');
}

function yearReason(facts: CandidateFacts, { years }: RequestConstraints): string {
  if (!facts.year) return years ? 'year unknown' : '';
  if (!years) return String(facts.year);
  const span = years.from === years.to ? `${years.from}` : `${years.from}–${years.to}`;
  return facts.year >= years.from && facts.year <= years.to
    ? `${facts.year}, in ${span}`
    : `${facts.year}, outside ${span}`;
}
