import { extractVersions } from '../parsing/index.js';
import { takeMatch, type Taken, tidy, type VersionWish } from './constraints.js';

const KIND = String.raw`acoustic|unplugged|stripped|instrumental|karaoke|demo|remaster(?:ed)?|remix(?:ed)?|radio edit|extended (?:mix|version)|(?:sped|speed) up|slowed(?: (?:down|\+ reverb|and reverb))?|nightcore|clean|explicit|cover|studio|original`;
const NOUN = String.raw`version|recording|take|one|mix|edit|cut|performance|set|session`;
// "live" alone is often a word of the title ("Live Forever"): only an article or a noun after it makes it a version.
const LIVE = String.raw`(?:(?:the|a)\s+)live(?:\s+(?:${NOUN}))?|live\s+(?:${NOUN})|live(?=\s+(?:in|at|from)\s)`;
const PHRASE = new RegExp(
  String.raw`\b(?:(?:the|a|an)\s+)?(${KIND}|${LIVE})(?:\s+(?:${NOUN}))?(?:\s+(?:in|at|from)\s+(.+?))?(?:\s+of\b|(?=[,.;]|$|\s+(?:by|from|in|with|please)\b)|(?=\s))`,
  'i',
);
// A place is written with capitals ("Madrid", "Red Rocks"); "in flac" or "in the car" are not places.
const PLACE = /^((?:\p{Lu}[\p{L}'’.&-]*|of|the|de|la)(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|of|the|de|la))*)/u;

/** Version wishes ("the acoustic version of", "live in Madrid", "remastered", "the studio one"), first to last. */
export function takeVersions(text: string): Taken<VersionWish[]> {
  const found: VersionWish[] = [];
  let rest = text;
  for (let i = 0; i < 4; i++) {
    const taken = takeOneVersion(rest);
    if (!taken.value) break;
    if (!found.some((v) => v.kind === taken.value!.kind)) found.push(taken.value);
    rest = taken.rest;
  }
  return { value: found.length ? found : undefined, rest };
}

function takeOneVersion(text: string): Taken<VersionWish> {
  const match = PHRASE.exec(text);
  if (!match) return { value: undefined, rest: text };
  const words = match[1]!.replace(/^(?:the|a)\s+/i, '');
  const place = match[2] ? PLACE.exec(match[2].trim())?.[1]?.replace(/\s+(?:of|the|de|la)$/i, '') : undefined;
  const kind = classify(words);
  if (!kind) return { value: undefined, rest: text };
  // Only the place's own words leave the text; what followed "in" otherwise stays (it may be the title).
  const consumed = place ? `${match[0].slice(0, match[0].indexOf(match[2]!))}${place}` : match[0];
  const trimmed = place ? consumed : consumed.replace(/\s+(?:in|at|from)\s+.*$/i, '');
  const { rest } = takeMatch(text, new RegExp(escape(trimmed), 'i'));
  return { value: { kind, ...(place && { detail: place }) }, rest: tidy(rest) };
}

/** The parser's own reading of the words ("unplugged" is acoustic), plus the studio version it has no marker for. */
function classify(words: string): VersionWish['kind'] | undefined {
  if (/^(?:studio|original)\b/i.test(words)) return 'studio';
  const plain = words.replace(/\s+(?:version|recording|take|one|album|performance|set|session)$/i, '').trim();
  const probe = /^live$/i.test(plain) ? 'Live' : plain;
  return extractVersions(`x (${probe})`).versions[0]?.kind;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
