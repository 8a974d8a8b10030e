import type { DecisionContext, ReleaseCandidate } from '../candidate.js';
import { type DecisionRule, type Verdict, accept, reject } from './decision-rule.js';

export class TrackCountRule implements DecisionRule {
  readonly description = 'The release has as many tracks as the album, when its title says how many';

  judge({ parsed }: ReleaseCandidate, { album }: DecisionContext): Verdict {
    if (parsed.tracks === undefined || !album.trackCount) return accept();
    if (parsed.tracks !== album.trackCount)
      return reject(`Album has ${album.trackCount} tracks, the release has ${parsed.tracks}`);
    return accept();
  }
}
