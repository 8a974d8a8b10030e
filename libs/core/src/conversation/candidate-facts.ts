import { parseTitle } from '../parsing/index.js';
import type { RecordingCandidate } from '../scoring/index.js';
import type { VersionWish } from './constraints.js';

/** What tells one candidate recording from another in a person's eyes: its version and its year. */
export interface CandidateFacts {
  version: VersionWish;
  /** "Studio", "Live in Madrid", "Acoustic". */
  versionLabel: string;
  /** Key of the version for answers: "studio", "live:madrid", "acoustic". */
  versionId: string;
  year?: number;
}

const LABELS: Record<string, string> = {
  studio: 'Studio',
  'radio-edit': 'Radio edit',
  'sped-up': 'Sped up',
  '8d': '8D',
};

/** The version the title (or the provider's note) names, "studio" when none; the year of its release. */
export function factsOf(candidate: RecordingCandidate): CandidateFacts {
  const marker = parseTitle(candidate.title).versions[0] ?? noteVersion(candidate.disambiguation);
  const version: VersionWish = marker
    ? { kind: marker.kind, ...(marker.detail && !/^\d{4}$/.test(marker.detail) && { detail: marker.detail }) }
    : { kind: 'studio' };
  const year = yearOf(candidate.releaseDate);
  return { version, versionLabel: versionLabel(version), versionId: versionId(version), ...(year && { year }) };
}

export function versionLabel(version: VersionWish): string {
  const name = LABELS[version.kind] ?? version.kind[0]!.toUpperCase() + version.kind.slice(1);
  if (!version.detail) return name;
  return version.kind === 'live' ? `${name} in ${version.detail}` : `${name} (${version.detail})`;
}

export function versionId(version: VersionWish): string {
  return version.detail ? `${version.kind}:${version.detail.toLowerCase()}` : version.kind;
}

/** A MusicBrainz note like "live, 2004-06-12: Madrid" names a live recording the title may not. */
function noteVersion(note: string | undefined): VersionWish | undefined {
  if (!note) return undefined;
  return parseTitle(`x (${note.split(/[,:]/)[0]!.trim()})`).versions[0];
}

function yearOf(date: string | undefined): number | undefined {
  const year = Number(/^(\d{4})/.exec(date ?? '')?.[1]);
  return year >= 1900 && year <= 2100 ? year : undefined;
}
