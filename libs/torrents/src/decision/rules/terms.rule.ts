import type { DecisionContext, ReleaseCandidate } from '../candidate.js';
import { type DecisionRule, type Verdict, accept, reject } from './decision-rule.js';

const has = (title: string, term: string) => title.toLowerCase().includes(term.toLowerCase());

/** The person's own terms: required ones, ignored ones, and scored ones that move a release up or down. */
export class TermsRule implements DecisionRule {
  readonly description = "The release's title has the required terms and none of the ignored ones";

  judge({ release }: ReleaseCandidate, { requiredTerms, ignoredTerms, scoredTerms }: DecisionContext): Verdict {
    if (requiredTerms.length && !requiredTerms.some((term) => has(release.title, term)))
      return reject(`Does not contain one of the required terms: ${requiredTerms.join(', ')}`);
    const ignored = ignoredTerms.filter((term) => has(release.title, term));
    if (ignored.length) return reject(`Contains these ignored terms: ${ignored.join(', ')}`);
    const matched = scoredTerms.filter(({ term }) => has(release.title, term));
    const score = matched.reduce((sum, { score }) => sum + score, 0);
    return matched.length
      ? accept(
          score,
          `Scored terms ${matched.map(({ term, score }) => `${term} (${score > 0 ? '+' : ''}${score})`).join(', ')}`,
        )
      : accept();
  }
}
