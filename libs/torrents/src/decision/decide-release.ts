import type { DecisionContext, ReleaseCandidate } from './candidate.js';
import type { DecisionRule } from './rules/decision-rule.js';

export interface ReleaseDecision {
  candidate: ReleaseCandidate;
  approved: boolean;
  /** Why it may not be grabbed, one sentence per failed rule. */
  rejections: string[];
  /** What the rules noted about an accepted aspect ("The indexer did not report seeders"). */
  notes: string[];
  /** The sum of the rules' scores (the person's scored terms). */
  score: number;
}

/** Runs every rule on a release; it is approved when none rejects it. */
export function decideRelease(
  candidate: ReleaseCandidate,
  context: DecisionContext,
  rules: readonly DecisionRule[],
): ReleaseDecision {
  const rejections: string[] = [];
  const notes: string[] = [];
  let score = 0;
  for (const rule of rules) {
    const verdict = rule.judge(candidate, context);
    if ('rejected' in verdict) rejections.push(verdict.rejected);
    else {
      score += verdict.score ?? 0;
      if (verdict.note) notes.push(verdict.note);
    }
  }
  return { candidate, approved: rejections.length === 0, rejections, notes, score };
}
