/** One request taken from a list, with where it came from for the job's history. */
export interface ListEntry {
  query: string;
  /** 1-based line of the list the entry was read from. */
  line: number;
  durationMs?: number;
}

export interface ParsedList {
  format: 'lines' | 'm3u' | 'csv';
  entries: ListEntry[];
  /** Lines that were skipped, with why (empty lines and comments are skipped silently). */
  skipped: { line: number; reason: string }[];
}

const MAX_QUERY = 500;
/** A CSV header names a few columns; a longer first line is not one. */
const MAX_HEADER = 2000;

/**
 * Many requests in one text: plain lines ("artist - title" or URLs), an M3U/M3U8 playlist (its `#EXTINF`
 * titles, or file names when a track has none) or a CSV with `artist` and `title` columns. The format comes from
 * the file name when given, otherwise from the content.
 */
export function parseRequestList(text: string, fileName?: string): ParsedList {
  const clean = text.replace(/^\uFEFF/, '');
  const lines = clean.split(/\r\n|\r|\n/);
  const extension = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (extension === 'm3u' || extension === 'm3u8' || /^#EXTM3U/i.test(clean.trimStart())) return parseM3u(lines);
  if (extension === 'csv' || looksLikeCsvHeader(lines[0] ?? '')) return parseCsv(lines);
  return parseLines(lines);
}

function parseLines(lines: string[]): ParsedList {
  const result: ParsedList = { format: 'lines', entries: [], skipped: [] };
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith('//')) return;
    add(result, line, index + 1);
  });
  return result;
}

function parseM3u(lines: string[]): ParsedList {
  const result: ParsedList = { format: 'm3u', entries: [], skipped: [] };
  let pending: { title: string; durationMs?: number; line: number } | undefined;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const extinf = parseExtinf(line);
    if (extinf) {
      const { seconds, title } = extinf;
      pending = { title, line: index + 1, ...(seconds > 0 && { durationMs: seconds * 1000 }) };
      return;
    }
    if (!line || line.startsWith('#')) return;
    // The location line ends a track: its EXTINF title wins over the file name, which is only a fallback.
    const query = pending?.title || (isUrl(line) ? line : fileStem(line));
    add(result, query, pending?.line ?? index + 1, pending?.durationMs);
    pending = undefined;
  });
  if (pending?.title) add(result, pending.title, pending.line, pending.durationMs);
  return result;
}

/**
 * `#EXTINF:<seconds>[ attributes],<title>`. Split at the first comma by hand: a pattern with `\d+` followed by
 * `[^,]*,` backtracks quadratically over a long line without a comma (a 1 MB list would block for minutes).
 */
function parseExtinf(line: string): { seconds: number; title: string } | undefined {
  if (!/^#EXTINF:/i.test(line)) return undefined;
  const comma = line.indexOf(',');
  if (comma < 0) return undefined;
  const seconds = /^\s*(-?\d+(?:\.\d+)?)/.exec(line.slice('#EXTINF:'.length, comma));
  if (!seconds) return undefined;
  return { seconds: Number(seconds[1]), title: line.slice(comma + 1).trim() };
}

function parseCsv(lines: string[]): ParsedList {
  const result: ParsedList = { format: 'csv', entries: [], skipped: [] };
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim().toLowerCase());
  const artistAt = header.findIndex((h) => h === 'artist' || h === 'artist name' || h === 'artists');
  const titleAt = header.findIndex((h) => ['title', 'track', 'track name', 'song', 'name'].includes(h));
  if (titleAt < 0) {
    result.skipped.push({ line: 1, reason: 'the CSV header has no title column (title, track, song or name)' });
    return result;
  }
  lines.slice(1).forEach((raw, index) => {
    if (!raw.trim()) return;
    const cells = splitCsvLine(raw);
    const title = cells[titleAt]?.trim();
    const artist = artistAt >= 0 ? cells[artistAt]?.trim() : undefined;
    if (!title) {
      result.skipped.push({ line: index + 2, reason: 'no title' });
      return;
    }
    add(result, artist ? `${artist} - ${title}` : title, index + 2);
  });
  return result;
}

function add(result: ParsedList, query: string, line: number, durationMs?: number): void {
  // Length first: a megabyte-long line is refused without walking it again.
  const text = query.trim().length > MAX_QUERY ? query.trim() : query.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  if (!text) return;
  if (text.length > MAX_QUERY) {
    result.skipped.push({ line, reason: `longer than ${MAX_QUERY} characters` });
    return;
  }
  result.entries.push({ query: text, line, ...(durationMs !== undefined && { durationMs }) });
}

function looksLikeCsvHeader(line: string): boolean {
  if (line.length > MAX_HEADER) return false;
  const cells = splitCsvLine(line).map((c) => c.trim().toLowerCase());
  return cells.length >= 2 && cells.some((c) => c === 'title' || c === 'track name' || c === 'song');
}

/** RFC 4180 fields on one line: commas inside quotes, doubled quotes as a quote. */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

const isUrl = (text: string) => /^https?:\/\//i.test(text);

function fileStem(location: string): string {
  const name = location.split(/[\\/]/).pop() ?? location;
  return decodeSafely(name.replace(/\.[a-z0-9]{2,5}$/i, ''));
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
