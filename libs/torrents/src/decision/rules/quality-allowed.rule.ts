import type { DecisionContext, ReleaseCandidate } from '../candidate.js';
import { preference } from '../quality-profile.js';
import { type DecisionRule, type Verdict, accept, reject } from './decision-rule.js';

export class QualityAllowedRule implements DecisionRule {
  readonly description = "The release's quality is one the profile allows";

  judge({ parsed }: ReleaseCandidate, { profile }: DecisionContext): Verdict {
    if (preference(profile, parsed.quality) < 0)
      return reject(`${parsed.quality} is not wanted in profile ${profile.name}`);
    return accept();
  }
}
