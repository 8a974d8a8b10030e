export type ReleaseSource = 'CD' | 'SACD' | 'WEB' | 'Vinyl' | 'Cassette';

const SOURCES: readonly [ReleaseSource, RegExp][] = [
  ['SACD', /(?<![a-z])sacd(?![a-z])/i],
  ['Vinyl', /vinyl|(?<![a-z])LP ?rip(?![a-z])/i],
  ['Cassette', /cassette|(?<![a-z])tape ?rip(?![a-z])/i],
  ['WEB', /(?<![a-z])web(?:flac|rip|-?dl)?(?![a-z])/i],
  ['CD', /(?<![a-z])(?:\d ?)?cd(?:rip|-rip)?(?![a-z])|(?<![a-z])eac(?![a-z])/i],
];

export function sourceOf(title: string): ReleaseSource | undefined {
  return SOURCES.find(([, pattern]) => pattern.test(title))?.[0];
}

/** The release year: one alone in brackets wins ("(2013)"), else the first year-like number. */
export function yearOf(title: string): number | undefined {
  const bracketed = /[[({]((?:19|20)\d\d)[\])}]/.exec(title)?.[1];
  const anywhere = /(?<!\d)((?:19|20)\d\d)(?!\d)/.exec(title)?.[1];
  const year = Number(bracketed ?? anywhere);
  return Number.isInteger(year) && year > 0 ? year : undefined;
}

const EDITION = /(?:deluxe|edition|remaster(?:ed)?|anniversary|expanded|collector'?s|special|super deluxe|bonus)/i;

/** "Deluxe Edition", "2016 Remastered": the bracketed phrase that names an edition. */
export function editionOf(title: string): string | undefined {
  for (const match of title.matchAll(/[[(]([^[\]()]+)[\])]/g)) {
    const phrase = match[1]!.trim();
    if (EDITION.test(phrase)) return phrase;
  }
  return undefined;
}

/** Discs ("2CD") and tracks ("12 tracks") when the title says them. */
export function countsOf(title: string): { discs?: number; tracks?: number } {
  const discs = Number(/(?<!\d)([2-9]) ?(?:cd|disc|discs)(?![a-z])/i.exec(title)?.[1]);
  const tracks = Number(/(?<!\d)(\d{1,3}) ?(?:tracks|trk)(?![a-z])/i.exec(title)?.[1]);
  return {
    ...(Number.isInteger(discs) && discs > 1 && { discs }),
    ...(Number.isInteger(tracks) && tracks > 0 && { tracks }),
  };
}

/** A whole discography or a multi-album pack rather than one album. */
export function isDiscography(title: string): boolean {
  return /discograph|discografia|diskografie|complete (?:works|albums|studio)|(?<!\d)(?:19|20)\d\d ?- ?(?:19|20)\d\d(?!\d)/i.test(
    title,
  );
}
