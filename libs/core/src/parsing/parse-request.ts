import { findGroups, removeGroups } from './brackets.js';
import { candidateSplits } from './candidate-splits.js';
import {
  normalizeText,
  removeNoise,
  removeScriptAliases,
  removeSideNumber,
  removeTrackNumber,
  stripFileName,
  trimEdges,
  unquote,
} from './clean-title.js';
import { extractFeatured, fixVariousArtists, splitArtists } from './featuring.js';
import { normalizeForMatch } from './normalize.js';
import type { ArtistTitleSplit, ParsedRequest, ParsedTitle, Stripped, VersionMarker } from './parsed-request.js';
import { type SeparatorSplit, splitArtistTitle } from './separators.js';
import { bracketVersionSuffix, extractLooseMarkers, extractVersions, uniqueVersions } from './version-markers.js';

interface ParsedArtist {
  artists: string[];
  featured: string[];
  versions: VersionMarker[];
  noise: string[];
}

/**
 * Reads a query, a video title or a file name as artist(s), title, featured artists and version markers.
 * Markers stay out of the title: "Linkin Park - Numb (Live)" asks for a live "Numb".
 */
export function parseRequest(input: string): ParsedRequest {
  const file = stripFileName(normalizeText(input));
  const side = removeSideNumber(file.text);
  const denoised = removeNoise(side.text);
  const split = splitArtistTitle(bracketVersionSuffix(denoised.text));
  const titleText = file.isFileName ? removeTrackNumber(split.title, true) : { text: split.title, removed: [] };
  const artist = parseArtist(split.artist);
  const repeat = dropRepeatedCredit(titleText.text, split.artist);
  const title = parseTitle(repeat.text);
  const trailing = extractVersions(split.trailing);
  const leftover = trimEdges(trailing.text);
  return {
    input,
    cleaned: denoised.text,
    artists: artist.artists,
    title: title.title || undefined,
    featured: unique([...artist.featured, ...title.featured]),
    versions: uniqueVersions([...artist.versions, ...title.versions, ...trailing.versions]),
    noise: [
      ...file.removed,
      ...side.removed,
      ...denoised.removed,
      ...titleText.removed,
      ...repeat.removed,
      ...artist.noise,
      ...title.noise,
      ...trailing.removed,
      ...(leftover ? [leftover] : []),
    ],
    ...namedYear([...denoised.removed, ...title.noise]),
    separator: split.separator,
    splits: readingsOf(split, artist.artists, title.title),
  };
}

/** A bracketed year among the noise: "(1991)", "[post-punk / new wave] [1983]". */
function namedYear(noise: string[]): { year?: number } {
  const year = noise.map((item) => /^((?:19|20)\d\d)$/.exec(item.trim())?.[1]).find((found) => found !== undefined);
  return year ? { year: Number(year) } : {};
}

/** Cleans a string known to be a title (no artist in it): noise, featured artists and markers come out. */
export function parseTitle(title: string): ParsedTitle {
  const denoised = removeNoise(normalizeText(title));
  const feat = extractFeatured(bracketVersionSuffix(denoised.text));
  const grouped = extractVersions(feat.text);
  const aliases = removeScriptAliases(grouped.text);
  const loose = extractLooseMarkers(aliases.text);
  return {
    title: unquote(trimEdges(loose.text)),
    featured: feat.featured,
    versions: uniqueVersions([...grouped.versions, ...loose.versions]),
    noise: [...denoised.removed, ...grouped.removed, ...aliases.removed],
  };
}

/**
 * The readings a later step checks against provider answers: every split of a query without separator, and for
 * an unspaced hyphen the hyphen reading first, then the splits of the whole text ("Spider-Man Theme").
 */
function readingsOf(split: SeparatorSplit, artists: string[], title: string): ArtistTitleSplit[] {
  if (split.separator === 'none') return candidateSplits(title);
  if (!split.ambiguous || artists.length === 0 || !title) return [];
  return [{ artist: artists.join(', '), title }, ...candidateSplits(`${split.artist}-${split.title}`)];
}

function parseArtist(text: string): ParsedArtist {
  const feat = extractFeatured(text);
  const grouped = extractVersions(feat.text);
  // Whatever brackets are left in a credit are aliases or notes: "BTS (방탄소년단)", "Various Artists (…)".
  const others = findGroups(grouped.text);
  const credit = unquote(trimEdges(fixVariousArtists(removeGroups(grouped.text, others))));
  // "Nightcore - Numb" names a style, not an artist.
  if (normalizeForMatch(credit) === 'nightcore') {
    return { artists: [], featured: feat.featured, versions: [{ kind: 'nightcore', text: credit }], noise: [] };
  }
  return {
    artists: splitArtists(credit),
    featured: feat.featured,
    versions: grouped.versions,
    noise: [...grouped.removed, ...others.map((g) => g.inner)],
  };
}

/** "Linkin Park - Numb - Linkin Park": channels repeat the artist after the title. */
function dropRepeatedCredit(title: string, credit: string): Stripped {
  const at = title.lastIndexOf(' - ');
  const tail = title.slice(at + 3);
  const repeated = at > 0 && credit !== '' && normalizeForMatch(tail) === normalizeForMatch(credit);
  return repeated ? { text: title.slice(0, at), removed: [tail] } : { text: title, removed: [] };
}

const unique = (names: string[]): string[] => [...new Set(names)];
