import { JobKind, JobState } from '@app/contracts';
import { PermanentError } from '@app/core';
import type { JobSnapshot, NewJob, StepOutcome } from '@app/jobs';
import type { LinkContents } from '../ytdlp/parse-ytdlp-playlist.js';

/**
 * A link to a playlist, album or set: the job becomes a list job with one track job per entry, as a pasted list
 * would, each child downloading its own entry's link. A playlist of more than `maxEntries` is refused unless the
 * request set `options.allowLarge`.
 */
export function fanOutLink(
  job: Pick<JobSnapshot, 'id' | 'query' | 'options'>,
  contents: Extract<LinkContents, { kind: 'playlist' }>,
  maxEntries: number,
): StepOutcome {
  const { entries, skipped, title } = contents;
  const name = title ? `'${title}'` : job.query;
  if (entries.length === 0) {
    throw new PermanentError(`The link ${name} is a playlist without any entry that can be fetched`);
  }
  if (entries.length > maxEntries && !job.options.allowLarge) {
    throw new PermanentError(
      `The link ${name} lists ${entries.length} entries, more than ${maxEntries}: ` +
        'send it again with options.allowLarge set to true to fetch them all',
    );
  }
  const { allowLarge: _allowLarge, ...options } = job.options;
  const children: NewJob[] = entries.map((entry, index) => ({
    kind: JobKind.Track,
    query: entry.url,
    options,
    data: { sourceUrl: entry.url, linkEntry: { ...entry, index: index + 1, of: entries.length, playlist: job.query } },
  }));
  const without = skipped ? ` (${skipped} without a link left out)` : '';
  return {
    next: JobState.AwaitingChildren,
    becomes: JobKind.List,
    reason: `The link is a playlist ${name} of ${entries.length} entries${without}: one job each`,
    data: { sourceUrl: job.query, playlist: { title: title ?? null, entries: entries.length, skipped } },
    children,
  };
}
