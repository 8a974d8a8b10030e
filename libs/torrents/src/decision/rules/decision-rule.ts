import type { DecisionContext, ReleaseCandidate } from '../candidate.js';

/** One rule's verdict: a rejection always says why; an acceptance may add to the release's score. */
export type Verdict = { rejected: string } | { accepted: true; score?: number; note?: string };

export interface DecisionRule {
  /** What the rule checks, as a sentence shown next to its verdicts. */
  readonly description: string;
  judge(candidate: ReleaseCandidate, context: DecisionContext): Verdict;
}

export const accept = (score?: number, note?: string): Verdict => ({
  accepted: true,
  ...(score !== undefined && { score }),
  ...(note !== undefined && { note }),
});
export const reject = (reason: string): Verdict => ({ rejected: reason });
