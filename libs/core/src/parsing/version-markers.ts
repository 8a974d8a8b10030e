import { findGroups, removeGroups } from './brackets.js';
import { classifyPhrase } from './classify-phrase.js';
import { findDecorationSuffix } from './dash-suffix.js';
import type { Stripped, VersionMarker } from './parsed-request.js';

export interface WithVersions extends Stripped {
  versions: VersionMarker[];
}

/**
 * Takes decoration groups out of a title: "(Live at Wembley)" becomes a live marker, "(Official Video)"
 * goes to `removed`, "(Taylor's Version)" or "(Open Fire)" stay in the title.
 */
export function extractVersions(s: string): WithVersions {
  const versions: VersionMarker[] = [];
  const removed: string[] = [];
  const groups = findGroups(s).filter((g) => {
    const found = classifyPhrase(g.inner, 'group');
    if (found?.noise) removed.push(g.inner);
    else if (found) versions.push(...found.versions);
    return found !== undefined;
  });
  return { text: removeGroups(s, groups), removed, versions };
}

/** "Track Title - Artist Remix" becomes "Track Title (Artist Remix)"; other dashes are left alone. */
export function bracketVersionSuffix(s: string): string {
  const found = findDecorationSuffix(s, () => true);
  return found ? `${found.head} (${found.plain})${found.groups ? ` ${found.groups}` : ''}` : s;
}

// Unbracketed markers that are safe to read at the end of a title or query ("numb sped up"). "Live" is
// not among them: "Track Title Live" is more often a title than a live version.
const LOOSE_TAIL = new RegExp(
  `\\s((?:${[
    '(?:super )?slowed(?: down)?(?: (?:\\+|&|and) reverb(?:ed)?)?',
    '(?:sped|speed) up(?: (?:\\+|&|and) reverb(?:ed)?)?',
    'reverb(?:ed)?',
    'nightcore(?: version)?',
    '8d(?: audio)?',
    'karaoke(?: version)?',
    'instrumental(?: version)?',
    'acoustic(?: version)?',
    'live version',
    '(?:extended|radio) (?:mix|edit|version)',
  ].join('|')}))$`,
  'i',
);
const LOOSE_HEAD = /^(nightcore|8d audio)\s/i;

export function extractLooseMarkers(s: string): WithVersions {
  const versions: VersionMarker[] = [];
  let text = s;
  const head = LOOSE_HEAD.exec(text);
  if (head && text.length > head[0].length) {
    versions.push(...(classifyPhrase(head[1] ?? '', 'group')?.versions ?? []));
    text = text.slice(head[0].length);
  }
  for (let m = LOOSE_TAIL.exec(text); m && m.index > 0; m = LOOSE_TAIL.exec(text)) {
    versions.push(...(classifyPhrase(m[1] ?? '', 'group')?.versions ?? []));
    text = text.slice(0, m.index);
  }
  return { text: text.trim(), removed: [], versions };
}

/** One marker per kind in first-seen order; a detail seen later fills a missing one. */
export function uniqueVersions(versions: readonly VersionMarker[]): VersionMarker[] {
  const byKind = new Map<string, VersionMarker>();
  for (const v of versions) {
    const first = byKind.get(v.kind);
    if (!first) byKind.set(v.kind, { ...v });
    else if (first.detail === undefined && v.detail !== undefined) first.detail = v.detail;
  }
  return [...byKind.values()];
}
