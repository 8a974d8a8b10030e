import type { DecisionContext, ReleaseCandidate } from '../candidate.js';
import { meetsCutoff, preference } from '../quality-profile.js';
import { type DecisionRule, type Verdict, accept, reject } from './decision-rule.js';

export class UpgradeRule implements DecisionRule {
  readonly description = 'The release improves on the files already in the library';

  judge({ parsed }: ReleaseCandidate, { profile, existingQuality }: DecisionContext): Verdict {
    if (!existingQuality) return accept();
    if (!profile.upgradesAllowed) return reject('Existing files and the Quality profile does not allow upgrades');
    if (meetsCutoff(profile, existingQuality)) return reject(`Existing files meets cutoff: ${existingQuality}`);
    if (preference(profile, parsed.quality) <= preference(profile, existingQuality))
      return reject(`Existing files on disk is of equal or higher preference: ${existingQuality}`);
    return accept();
  }
}
