import type { DecisionRule } from './rules/decision-rule.js';
import { DownloadLinkRule } from './rules/download-link.rule.js';
import { QualityAllowedRule } from './rules/quality-allowed.rule.js';
import { SeedersRule } from './rules/seeders.rule.js';
import { SingleAlbumRule } from './rules/single-album.rule.js';
import { SizeRule } from './rules/size.rule.js';
import { TermsRule } from './rules/terms.rule.js';
import { TrackCountRule } from './rules/track-count.rule.js';
import { UpgradeRule } from './rules/upgrade.rule.js';

/** Every rule a release of an album search goes through, in the order their reasons are listed. */
export const RELEASE_RULES: readonly DecisionRule[] = [
  new DownloadLinkRule(),
  new SingleAlbumRule(),
  new QualityAllowedRule(),
  new UpgradeRule(),
  new SeedersRule(),
  new SizeRule(),
  new TrackCountRule(),
  new TermsRule(),
];
