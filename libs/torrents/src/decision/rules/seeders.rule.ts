import type { DecisionContext, ReleaseCandidate } from '../candidate.js';
import { type DecisionRule, type Verdict, accept, reject } from './decision-rule.js';

export class SeedersRule implements DecisionRule {
  readonly description = 'The torrent has enough seeders to finish';

  judge({ release }: ReleaseCandidate, { profile }: DecisionContext): Verdict {
    // An indexer that does not report seeders is given the benefit of the doubt, as Lidarr does.
    if (release.seeders === undefined) return accept(undefined, 'The indexer did not report seeders');
    if (release.seeders < profile.minimumSeeders)
      return reject(`Not enough seeders: ${release.seeders}. Minimum: ${profile.minimumSeeders}`);
    return accept();
  }
}
