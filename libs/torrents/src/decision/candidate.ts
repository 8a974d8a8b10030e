import type { QualityName } from '../quality/quality-definitions.js';
import type { ParsedReleaseTitle } from '../release-title/parse-release-title.js';
import type { TorznabRelease } from '../torznab/torznab-release.js';
import type { QualityProfile } from './quality-profile.js';

/** A search result with what its title says and where it came from. */
export interface ReleaseCandidate {
  release: TorznabRelease;
  parsed: ParsedReleaseTitle;
  indexer: {
    /** The stored indexer's id, when the release came from one. */
    id?: string;
    name: string;
    /** 1 is tried first, as in Lidarr (default 25). */
    priority: number;
  };
}

export interface AlbumTarget {
  artist: string;
  title: string;
  trackCount: number;
  /** Sum of the track lengths; 0 when MusicBrainz does not know them. */
  durationSeconds: number;
}

/** Everything a rule may look at besides the candidate. */
export interface DecisionContext {
  album: AlbumTarget;
  profile: QualityProfile;
  /** Quality of the album's files already in the library, if any. */
  existingQuality?: QualityName;
  requiredTerms: string[];
  ignoredTerms: string[];
  /** Terms that add to (or, negative, take from) a release's score: "CD" +10, "vinyl" -5. */
  scoredTerms: { term: string; score: number }[];
}
