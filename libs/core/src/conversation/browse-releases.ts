import type { SearchResultDto } from '@app/contracts';
import type { RequestConstraints } from './constraints.js';

/** An artist's release group as a catalogue lists it (a MusicBrainz release group). */
export interface BrowsedReleaseGroup {
  id: string;
  title: string;
  /** `Album`, `EP`, `Single`… */
  primaryType?: string;
  /** `Live`, `Compilation`, `Remix`…; none for a studio release. */
  secondaryTypes: string[];
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  firstReleaseDate?: string;
}

/** The artist the catalogue matched to the request's name, and how well (0..1). */
export interface BrowsedArtist {
  name: string;
  score: number;
}

/** What a browse answers: the artist's albums (discography), or their releases of one type, newest first. */
export type BrowseKind = { kind: 'discography' } | { kind: 'latest'; type: 'Album' | 'EP' | 'Single' };

const TYPE_OF = { album: 'Album', ep: 'EP', single: 'Single' } as const;

/**
 * Whether a request is answered from the artist's catalogue rather than by matching recordings: a discography, or
 * the newest release of a type ("latest Burial EP") of an artist named without a release title.
 */
export function browseKind(c: RequestConstraints): BrowseKind | undefined {
  if (!c.artist || c.title || c.album) return undefined;
  if (c.kind === 'discography') return { kind: 'discography' };
  if (c.latest && (c.kind === 'album' || c.kind === 'ep' || c.kind === 'single'))
    return { kind: 'latest', type: TYPE_OF[c.kind] };
  return undefined;
}

/**
 * The result cards of a browse, each requestable as an album request. A discography lists the studio albums,
 * oldest first; "latest" lists the studio releases of the type, newest first. Undated releases come last.
 */
export function browseResults(
  browse: BrowseKind,
  artist: BrowsedArtist,
  groups: readonly BrowsedReleaseGroup[],
): SearchResultDto[] {
  const type = browse.kind === 'discography' ? 'Album' : browse.type;
  const studio = groups.filter((g) => g.primaryType === type && g.secondaryTypes.length === 0);
  const dated = studio.filter((g) => g.firstReleaseDate).sort((a, b) => compareDates(a, b));
  const ordered = browse.kind === 'discography' ? dated : dated.reverse();
  const all = [...ordered, ...studio.filter((g) => !g.firstReleaseDate)];
  return all.slice(0, MAX_BROWSED).map((group, index) => ({
    id: `r${index + 1}`,
    kind: 'album',
    title: group.title,
    artists: [artist.name],
    ...(yearOf(group) && { year: yearOf(group) }),
    version: type,
    score: Math.round(artist.score * 1000) / 1000,
    why: browseWhy(browse, type, artist.name, group, index, all.length),
    request: { query: `${artist.name} - ${group.title}`, kind: 'album' },
  }));
}

/** A discography of more than this is cut: the cards past it would not be read. */
export const MAX_BROWSED = 50;

function browseWhy(
  browse: BrowseKind,
  type: string,
  artist: string,
  group: BrowsedReleaseGroup,
  index: number,
  count: number,
): string {
  const date = group.firstReleaseDate ?? 'date unknown';
  if (browse.kind === 'discography') return `Album ${index + 1} of ${count} by ${artist} · ${date}`;
  const label = type === 'EP' ? 'EP' : type.toLowerCase();
  return index === 0 ? `Newest ${label} by ${artist} · ${date}` : `Older ${label} · ${date}`;
}

const compareDates = (a: BrowsedReleaseGroup, b: BrowsedReleaseGroup) =>
  a.firstReleaseDate!.localeCompare(b.firstReleaseDate!);

function yearOf(group: BrowsedReleaseGroup): number | undefined {
  const year = Number(group.firstReleaseDate?.slice(0, 4));
  return Number.isInteger(year) && year > 0 ? year : undefined;
}
