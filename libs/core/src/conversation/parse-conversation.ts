import { parseRequest, type VersionMarker } from '../parsing/index.js';
import { type RequestConstraints, takeMatch, tidy, type VersionWish } from './constraints.js';
import { takeFormat } from './formats.js';
import { takeKind, takeLatest } from './kinds.js';
import { takeVersions } from './versions.js';
import { takeYears } from './years.js';

// Words that ask rather than name: "can you get me", "I'd like", "please", "something like".
const LEADING_FILLER =
  /^(?:(?:hey|hi|ok|okay|so|um+|uh+)[,\s]+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:get|find|download|fetch|grab|add|play)(?:\s+me)?|(?:please\s+)?(?:get|find|download|fetch|grab|add|play)(?:\s+me)?|i(?:'d| would)\s+like|i\s+want(?:\s+to\s+(?:hear|get|download))?|i'?m\s+looking\s+for|looking\s+for|search(?:\s+for)?|something\s+like|anything\s+like|that|the\s+one|a\s+copy\s+of)\b[\s,:]*/i;
const TRAILING_FILLER = /[\s,]+(?:please|thanks|thank you|pls|if you can|for me)[\s.!]*$/i;
// "the live album Linkin Park did in Madrid": the place of a live recording, the artist before it.
const DID_AT = /^(.+?)\s+(?:did|played|recorded|made|gave|performed)\s+(?:in|at)\s+(\p{Lu}[\p{L}'’ .&-]*)$/u;
const CALLED = /\b(?:called|named|titled)\s+/i;
const POSSESSIVE = /^(.+?)['’]s(?:\s+(.*))?$/;

/**
 * Reads a request in plain words ("the acoustic version of numb from around 2004, in flac") into constraints.
 * Formats, years, kinds and versions come out first; what is left names the artist and title, read by the title
 * parser (`parseRequest`) so separators, featured artists and markers are understood as everywhere else.
 */
export function parseConversation(input: string): RequestConstraints {
  let text = tidy(input.normalize('NFC').replace(/[“”]/g, '"'));
  for (let before = ''; before !== text;) {
    before = text;
    text = tidy(text.replace(LEADING_FILLER, '').replace(TRAILING_FILLER, ''));
  }
  const format = takeFormat(text);
  const years = takeYears(format.rest);
  const latest = takeLatest(years.rest);
  const versions = takeVersions(latest.rest);
  const kind = takeKind(versions.rest);
  let rest = tidy(kind.rest.replace(/\b(?:from|in)\s*$/i, '').replace(/^(?:of|by)\s+/i, ''));
  const wishes: VersionWish[] = [...(versions.value ?? [])];
  const didAt = DID_AT.exec(rest);
  if (didAt) {
    rest = didAt[1]!;
    addLive(wishes, didAt[2]!.trim());
  }
  const named = didAt && !/\s(?:by|-)\s/.test(rest) ? { artist: rest } : readNames(rest, kind.value);
  for (const marker of named.markers ?? []) {
    if (!wishes.some((w) => w.kind === marker.kind))
      wishes.push({ kind: marker.kind, ...(marker.detail && { detail: marker.detail }) });
  }
  delete named.markers;
  const constraints: RequestConstraints = {
    ...named,
    versions: wishes,
    ...(years.value && { years: years.value }),
    ...(format.value && { format: format.value }),
    ...(kind.value && { kind: kind.value }),
    ...(latest.value && { latest: true }),
    searchText: '',
  };
  return { ...constraints, searchText: searchTextOf(constraints, rest) };
}

interface Names {
  artist?: string;
  title?: string;
  album?: string;
  /** Markers the title parser found in the names ("One More Time (Live)"). */
  markers?: VersionMarker[];
}

function readNames(text: string, kind: RequestConstraints['kind']): Names {
  const clean = tidy(text.replace(CALLED, ''));
  if (!clean) return {};
  const isRelease = kind === 'album' || kind === 'ep' || kind === 'single';
  const owner = POSSESSIVE.exec(clean);
  if (owner && !/\s-\s/.test(clean)) {
    const artist = tidy(owner[1]!);
    const named = tidy(owner[2] ?? '');
    if (!named) return { artist };
    return isRelease ? { artist, album: named } : { artist, title: named };
  }
  const parsed = parseRequest(clean);
  const markers = parsed.versions;
  const artist = parsed.artists.length ? parsed.artists.join(', ') : undefined;
  if (kind === 'discography') return { artist: artist ?? parsed.title, markers };
  if (parsed.separator === 'none') {
    // A release named by its kind alone ("latest Burial EP"): the words are the artist's name.
    if (isRelease) return { artist: parsed.title, markers };
    return { title: parsed.title, markers };
  }
  const name = isRelease ? { album: parsed.title } : { title: parsed.title };
  return { ...(artist && { artist }), ...(parsed.title && name), markers };
}

function addLive(wishes: VersionWish[], place: string): void {
  const live = wishes.find((w) => w.kind === 'live');
  if (live) live.detail ??= place;
  else wishes.push({ kind: 'live', detail: place });
}

/** The words for the providers: artist and title (or album), the version words a title would carry. */
export function searchTextOf(c: RequestConstraints, rest: string): string {
  const name = c.title ?? c.album;
  const base = c.artist && name ? `${c.artist} - ${name}` : c.artist && !name ? c.artist : rest;
  const versions = c.versions.filter((v) => v.kind !== 'studio');
  if (!versions.length || c.kind === 'discography') return base;
  const words = versions.map((v) => (v.detail ? `${v.kind} in ${v.detail}` : v.kind)).join(', ');
  return takeMatch(`${base} (${words})`, /^$/).rest;
}
