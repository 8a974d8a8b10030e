import type { DecisionContext, ReleaseCandidate } from '../candidate.js';
import { bytesPerSecondBounds } from '../expected-bitrate.js';
import { sizeText } from '../size-text.js';
import { type DecisionRule, type Verdict, accept, reject } from './decision-rule.js';

export class SizeRule implements DecisionRule {
  readonly description = "The release's size fits its quality and the album's length";

  judge({ release, parsed }: ReleaseCandidate, { album }: DecisionContext): Verdict {
    const bounds = bytesPerSecondBounds(parsed.quality);
    if (release.sizeBytes === undefined) return accept(undefined, 'The indexer did not report a size');
    if (!album.durationSeconds) return accept(undefined, "The album's length is unknown; its size is not checked");
    if (!bounds) return accept(undefined, `The size of ${parsed.quality} releases is not checked`);
    const minutes = Math.round(album.durationSeconds / 60);
    const what = `${minutes} minutes of ${parsed.quality}`;
    if (release.sizeBytes < bounds.min * album.durationSeconds)
      return reject(`Size ${sizeText(release.sizeBytes)} is too small for ${what}`);
    if (bounds.max !== undefined && release.sizeBytes > bounds.max * album.durationSeconds)
      return reject(`Size ${sizeText(release.sizeBytes)} is too large for ${what}`);
    return accept();
  }
}
