import type { ReleaseCandidate } from '../candidate.js';
import { type DecisionRule, type Verdict, accept, reject } from './decision-rule.js';

export class DownloadLinkRule implements DecisionRule {
  readonly description = 'The release has a .torrent or magnet link';

  judge({ release }: ReleaseCandidate): Verdict {
    return release.torrentUrl || release.magnetUrl ? accept() : reject('The release has no download link');
  }
}
