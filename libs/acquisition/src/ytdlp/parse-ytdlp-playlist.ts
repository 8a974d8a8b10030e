/** One entry of a playlist link, as a link of its own. */
export interface LinkEntry {
  url: string;
  title?: string;
  /** Who the site credits: the entry's artist, or its uploader or channel. */
  artist?: string;
  durationSec?: number;
}

/** What a link holds: one recording, or a playlist (an album, a set, a mix page…) of entries. */
export type LinkContents =
  { kind: 'single' } | { kind: 'playlist'; title?: string; entries: LinkEntry[]; skipped: number };

/**
 * Reads `yt-dlp --flat-playlist -J`. A flat entry is a link (`url`, e.g. a YouTube watch page); an entry the
 * generic extractor read from a page or an XSPF list carries its media `url`, and `webpage_url` is the page.
 * Entries without any http(s) link (deleted videos) are counted as skipped.
 */
export function parseYtDlpPlaylist(json: string): LinkContents {
  const raw = JSON.parse(json) as Record<string, unknown>;
  if (raw['_type'] !== 'playlist' || !Array.isArray(raw['entries'])) return { kind: 'single' };
  const entries: LinkEntry[] = [];
  let skipped = 0;
  for (const item of raw['entries'] as unknown[]) {
    const entry = toEntry(item);
    if (entry) entries.push(entry);
    else skipped++;
  }
  return { kind: 'playlist', title: text(raw['title']), entries, skipped };
}

function toEntry(item: unknown): LinkEntry | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const o = item as Record<string, unknown>;
  const url = [o['url'], o['webpage_url']].map(text).find((u) => u && /^https?:\/\//i.test(u));
  if (!url) return undefined;
  const artist = text(o['artist']) ?? text(o['creator']) ?? text(o['uploader']) ?? text(o['channel']);
  const duration = o['duration'];
  return {
    url,
    ...(text(o['track'] ?? o['title']) && { title: text(o['track'] ?? o['title']) }),
    ...(artist && { artist }),
    ...(typeof duration === 'number' && duration > 0 && { durationSec: duration }),
  };
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
