import { type CreateListRequest, JobKind } from '@app/contracts';
import { type ParsedList, parseRequestList, ValidationError } from '@app/core';
import type { NewJob } from '../engine/new-job.js';

/** The most entries one list may hold; a longer one is refused, not cut short. */
export const MAX_LIST_ENTRIES = 2000;
/** The most characters of list text (the request body is limited to 1 MB as well). */
export const MAX_LIST_TEXT = 1_000_000;

export interface ListJobs {
  parent: NewJob;
  children: NewJob[];
  parsed: ParsedList;
}

/** A pasted list or playlist file as a `list` job and one `track` job per entry. */
export function toListJobs(request: CreateListRequest): ListJobs {
  if (request.text.length > MAX_LIST_TEXT) {
    throw new ValidationError('text', `text must not be longer than ${MAX_LIST_TEXT} characters`);
  }
  const parsed = parseRequestList(request.text, request.fileName);
  const count = parsed.entries.length;
  if (count === 0) {
    const why = parsed.skipped[0] ? ` (line ${parsed.skipped[0].line}: ${parsed.skipped[0].reason})` : '';
    throw new ValidationError('text', `text holds no request: no line names a track${why}`);
  }
  if (count > MAX_LIST_ENTRIES) {
    throw new ValidationError('text', `text holds ${count} requests; a list may hold at most ${MAX_LIST_ENTRIES}`);
  }
  const options = request.options ?? {};
  const name = request.fileName?.trim() || firstLine(request.text);
  return {
    parent: { kind: JobKind.List, query: `List: ${name} (${count} ${count === 1 ? 'entry' : 'entries'})`, options },
    children: parsed.entries.map((entry) => ({
      kind: JobKind.Track,
      query: entry.query,
      options,
      data: { list: { line: entry.line, ...(entry.durationMs !== undefined && { durationMs: entry.durationMs }) } },
    })),
    parsed,
  };
}

function firstLine(text: string): string {
  const line = text.split(/\r\n|\r|\n/).find((l) => l.trim() && !/^#EXTM3U/i.test(l.trim())) ?? '';
  const clean = line.replace(/^#EXTINF:[^,]*,/i, '').trim();
  return clean.length > 60 ? `${clean.slice(0, 60)}…` : clean;
}
