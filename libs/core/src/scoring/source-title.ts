import { normalizeForMatch, parseRequest, parseTitle, type VersionMarker } from '../parsing/index.js';
import type { FoundMarker, SourceMarkerKind } from './markers.js';

/** An upload title with upload-only markers and label noise taken out. */
export interface CleanSourceTitle {
  text: string;
  markers: FoundMarker[];
}

/** One way to read an upload as artist(s) + title. */
export interface SourceReading {
  artists: string[];
  featured: string[];
  title: string;
  versions: VersionMarker[];
}

interface SourceRule {
  kind?: SourceMarkerKind;
  pattern: RegExp;
  /** Removed even when the wanted title has the same words ("#numb" is never part of "Numb"). */
  always?: boolean;
}

// In order; what a rule matches leaves the title (noise first, so "1h [NCS Release]" ends in "1h"). Only
// bracketed or edge phrases are read, so a song called "24 Hours" or "Release Me" keeps its name.
const SOURCE_RULES: readonly SourceRule[] = [
  // Label release tags and copyright notes: "[NCS Release]", "- NCS Release - Free Copyright Music", "#ncs".
  { pattern: /#[\p{L}\p{N}_]+/gu, always: true },
  { pattern: /[[(|]?\s*(?:free|no|non)[ -]?copyright(?:ed)?(?: free)?(?: music| songs?)?\s*[\])|]?/gi },
  { pattern: /[[(][^\])]{0,40}\brelease\s*[\])]/gi },
  { pattern: /\s-\s+[^-]{0,40}\brelease\s*(?=-|$)/gi },
  { kind: 'loop', pattern: /[[(]\s*\d{1,2}\s*(?:h|hrs?|hours?)(?:\s+(?:loop|version))?\s*[\])]/i },
  { kind: 'loop', pattern: /(?:^|\s)\d{1,2}\s*(?:h|hrs?|hours?)(?:\s+(?:loop|version))?\s*$/i },
  { kind: 'loop', pattern: /[[(]\s*(?:\d{1,2}\s*(?:h|hours?)\s+)?loop(?:ed)?\s*[\])]/i },
  { kind: 'bass-boosted', pattern: /[[(]?\s*bass\s*boost(?:ed)?\s*[\])]?/i },
  { kind: 'remake', pattern: /[[(][^\])]{0,40}\bremake\s*[\])]/i },
];

/**
 * Takes out what only uploads carry: loop lengths, "Bass Boosted", remakes (as markers), and label tags or
 * copyright notes (as noise). A phrase the wanted title itself contains is left alone.
 */
export function cleanSourceTitle(title: string, wantedTitle = ''): CleanSourceTitle {
  const wanted = normalizeForMatch(wantedTitle);
  const markers: FoundMarker[] = [];
  let text = title;
  for (const rule of SOURCE_RULES) {
    text = text.replace(rule.pattern, (match) => {
      const words = normalizeForMatch(match);
      if (!rule.always && words !== '' && wanted.includes(words)) return match;
      if (rule.kind && !markers.some((m) => m.kind === rule.kind)) {
        markers.push({ kind: rule.kind, text: match.replace(/[[\]()]/g, '').trim(), where: 'title' });
      }
      return ' ';
    });
  }
  const tidy = text
    .replace(/\s+/g, ' ')
    .replace(/(?:\s*-)+\s*$/, '')
    .trim();
  return { text: tidy, markers };
}

/**
 * Every plausible reading of an upload title: the parser's artist - title split and its mirror ("Numb -
 * Linkin Park"); the channel as artist when the title names none ("Nobody Else" on the "Abstrakt" channel);
 * each split of a title without separator.
 */
export function readSourceTitle(text: string, channel?: string): SourceReading[] {
  const request = parseRequest(text);
  const title = request.title ?? '';
  const base = { featured: request.featured, versions: request.versions };
  const readings: SourceReading[] = [];
  if (request.artists.length > 0) {
    readings.push({ ...base, artists: request.artists, title });
    readings.push({ ...base, artists: [title], title: request.artists.join(' & ') });
  }
  const owner = channelOwner(channel);
  if (owner && request.artists.length === 0) readings.push({ ...base, artists: [owner], title });
  for (const split of request.splits) {
    readings.push({ ...base, artists: [split.artist], title: parseTitle(split.title).title });
  }
  if (readings.length === 0) readings.push({ ...base, artists: [], title: title || text });
  return readings;
}

/** The artist a channel name stands for: "Abstrakt - Topic", "EminemVEVO", "Muse Official" name one. */
export function channelOwner(channel: string | undefined): string | undefined {
  if (!channel) return undefined;
  const owner = channel
    .replace(/\s*-\s*topic$/i, '')
    .replace(/(?<=\S)vevo$/i, '')
    .replace(/\s+(?:official|officiel|oficial)(?:\s+channel)?$/i, '')
    .trim();
  return owner || undefined;
}
