import { extractFeatured, type ParsedRequest, parseRequest, parseTitle, splitArtists } from '@app/core';
import type { TrackCredit } from './tracklist.types.js';

const UNIDENTIFIED = /^(?:id|\?+|unknown|unknown artist)$/i;
// A trailing "[LABEL]" or "[Label - CAT 001]"; a bracket holding version words stays in the title.
const LABEL_SUFFIX = /\s*\[([^\]]+)\]\s*$/;
const VERSION_WORDS = /\b(?:mix|remix|edit|dub|version|rework|vip|live|bootleg|mashup|acapella|instrumental)$/i;

/** Reads "Artist - Title (Remix) [LABEL]" into a credit and runs it through the title parser. */
export function readCredit(text: string): TrackCredit {
  const { rest, label } = takeLabel(text.trim());
  const at = findArtistSeparator(rest);
  const artist = at ? rest.slice(0, at.index).trim() : '';
  const title = at ? rest.slice(at.index + at.length).trim() : rest;
  return creditOf(artist, title, label);
}

/** A credit whose artist and title come apart already (Discogs columns, YouTube's "Music in this video"). */
export function creditOf(artist: string, title: string, label?: string): TrackCredit {
  const unidentified = isUnknown(title) && (artist === '' || isUnknown(artist));
  const credit: TrackCredit = { artist, title, unidentified, ...(label ? { label } : {}) };
  if (unidentified) return credit;
  return { ...credit, parsed: parseCredit(artist, title) };
}

/**
 * The title parser reads the whole line; a paste already says which half is the artist, so when the parser's
 * own split loses it ("From East To West Part 1" taken for noise) the columns are read separately.
 */
function parseCredit(artist: string, title: string): ParsedRequest {
  const whole = parseRequest(artist ? `${artist} - ${title}` : title);
  if (!artist || (whole.title && whole.artists.length > 0)) return whole;
  const ownTitle = parseTitle(title);
  const credit = extractFeatured(artist);
  return {
    ...whole,
    artists: splitArtists(credit.text),
    title: ownTitle.title || undefined,
    featured: [...credit.featured, ...ownTitle.featured],
    versions: ownTitle.versions,
    noise: ownTitle.noise,
    separator: 'dash',
    splits: [],
  };
}

const isUnknown = (text: string): boolean => UNIDENTIFIED.test(text.trim());

function takeLabel(text: string): { rest: string; label?: string } {
  const match = LABEL_SUFFIX.exec(text);
  if (!match || VERSION_WORDS.test(match[1] ?? '')) return { rest: text };
  return { rest: text.slice(0, match.index).trim(), label: match[1]?.trim() };
}

/** The first " - " (or en/em dash) splits artist from title: titles keep later dashes ("Our House - Edit"). */
function findArtistSeparator(text: string): { index: number; length: number } | undefined {
  const match = /\s[-–—]\s/.exec(text);
  return match ? { index: match.index, length: match[0].length } : undefined;
}
