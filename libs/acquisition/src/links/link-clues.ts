import { basename, extname } from 'node:path';
import type { TrackMetadata } from '@app/contracts';
import { parseRequest } from '@app/core';
import type { YtDlpInfo } from '../ytdlp/parse-ytdlp-info.js';

/** One reading of who a downloaded link is, and where it was read. */
export interface LinkClue {
  title: string;
  artists: string[];
  album?: string;
  isrc?: string;
  mbid?: string;
  /** Where the facts were read, for the job's reasons: "the file's tags", "the file name"… */
  from: string;
}

export interface LinkClueInput {
  /** The embedded tags of the downloaded file, when it had any readable ones. */
  tags?: TrackMetadata;
  info?: YtDlpInfo;
  sourceUrl: string;
}

/**
 * Every reading of a download, strongest first: the file's own tags, the track and artist a music site states,
 * the page title with its uploader, and the file name in the link. Readings that say the same thing are kept once.
 */
export function linkClues(input: LinkClueInput): LinkClue[] {
  const clues = [fromTags(input.tags), fromSiteTrack(input.info), fromPageTitle(input.info), fromFileName(input)];
  const seen = new Set<string>();
  return clues.filter((clue): clue is LinkClue => {
    if (!clue) return false;
    const key = `${clue.artists.join(',')}|${clue.title}`.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function fromTags(tags: TrackMetadata | undefined): LinkClue | undefined {
  const title = tags?.title?.trim();
  if (!tags || !title) return undefined;
  return {
    title,
    artists: tags.artists,
    ...(tags.album && { album: tags.album }),
    ...(tags.isrc && { isrc: tags.isrc }),
    ...(tags.musicbrainz.recordingId && { mbid: tags.musicbrainz.recordingId }),
    from: "the file's tags",
  };
}

function fromSiteTrack(info: YtDlpInfo | undefined): LinkClue | undefined {
  if (!info?.track) return undefined;
  return {
    title: info.track,
    artists: info.artist ? info.artist.split(/\s*,\s*/) : [],
    ...(info.album && { album: info.album }),
    from: `the site's track${info.artist ? ' and artist' : ''} (yt-dlp)`,
  };
}

/** A generic page title is the file name (see fromFileName); a site's title may name the artist or not. */
function fromPageTitle(info: YtDlpInfo | undefined): LinkClue | undefined {
  if (!info?.title || info.extractor === 'Generic') return undefined;
  const parsed = parseRequest(info.title);
  const title = parsed.title ?? parsed.cleaned;
  if (!title) return undefined;
  if (parsed.artists.length) return { title, artists: parsed.artists, from: 'the page title' };
  const uploader = (info.artist ?? info.channel ?? info.uploader)?.replace(/\s+-\s+Topic$/, '');
  return { title, artists: uploader ? [uploader] : [], from: `the page title${uploader ? ' and uploader' : ''}` };
}

function fromFileName({ sourceUrl }: LinkClueInput): LinkClue | undefined {
  const name = fileNameOf(sourceUrl);
  if (!name || !/\p{L}/u.test(name)) return undefined;
  const parsed = parseRequest(name);
  const title = parsed.title ?? parsed.cleaned;
  if (!title) return undefined;
  return { title, artists: parsed.artists, from: 'the file name' };
}

/** Extensions of web pages: a page's name ("watch", "index") says nothing about a recording. */
const PAGE_EXTENSIONS = new Set(['', '.html', '.htm', '.php', '.asp', '.aspx', '.jsp']);

/** The name of the file a link points to, decoded and without its extension; undefined for a page. */
export function fileNameOf(link: string): string | undefined {
  try {
    const segment = basename(decodeURIComponent(new URL(link).pathname));
    const ext = extname(segment);
    if (PAGE_EXTENSIONS.has(ext.toLowerCase())) return undefined;
    return segment.slice(0, segment.length - ext.length).trim() || undefined;
  } catch {
    return undefined;
  }
}
