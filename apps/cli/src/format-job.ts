import type { CandidateDto, JobChildDto, JobDto, JobEventDto } from '@app/contracts';
import { type Column, renderFields, renderTable } from './table.js';

export const percent = (fraction: number) => `${Math.round(Math.min(1, Math.max(0, fraction)) * 100)}%`;

/** `2026-05-01 12:03:04` in UTC: short, sortable, and the same on every machine. */
export const shortTime = (iso: string | null | undefined) =>
  iso ? iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, '') : '';

export const JOB_COLUMNS: Column<JobDto>[] = [
  { header: 'ID', value: (j) => j.id },
  { header: 'KIND', value: (j) => j.kind },
  { header: 'STATUS', value: (j) => j.status },
  { header: 'STATE', value: (j) => j.state },
  { header: 'PROGRESS', value: (j) => percent(j.progress.fraction), align: 'right' },
  { header: 'UPDATED', value: (j) => shortTime(j.updatedAt) },
  { header: 'QUERY', value: (j) => j.query, shrink: true },
];

const CANDIDATE_COLUMNS: Column<CandidateDto>[] = [
  { header: '#', value: (c) => String(c.index), align: 'right' },
  { header: 'SCORE', value: (c) => c.score.toFixed(2), align: 'right' },
  { header: 'PROVIDER', value: (c) => c.provider },
  { header: 'CANDIDATE', value: (c) => describePayload(c.payload), shrink: true },
];

const CHILD_COLUMNS: Column<JobChildDto>[] = [
  { header: 'ID', value: (c) => c.id },
  { header: 'STATUS', value: (c) => c.status },
  { header: 'STATE', value: (c) => c.state },
  { header: 'PROGRESS', value: (c) => percent(c.progress), align: 'right' },
  { header: 'QUERY', value: (c) => c.query, shrink: true },
];

const HISTORY_COLUMNS: Column<JobEventDto>[] = [
  { header: 'AT', value: (e) => shortTime(e.at) },
  { header: 'FROM', value: (e) => e.from ?? '' },
  { header: 'TO', value: (e) => e.to },
  { header: 'REASON', value: (e) => e.reason, shrink: true },
];

export function renderJobs(jobs: JobDto[], width?: number): string {
  return renderTable(JOB_COLUMNS, jobs, width);
}

/** Everything `show` tells a person about one job: facts, error, candidates to choose from, children, history. */
export function renderJobDetail(job: JobDto, history: JobEventDto[], width?: number): string {
  const fields: [string, string][] = [
    ['id', job.id],
    ['kind', job.kind],
    ['query', job.query],
    ['status', job.status],
    ['state', job.state],
    ['progress', percent(job.progress.fraction)],
    ['attempts', String(job.attempts)],
    ['created', shortTime(job.createdAt)],
    ['updated', shortTime(job.updatedAt)],
  ];
  if (job.parentId) fields.push(['parent', job.parentId]);
  if (job.finishedAt) fields.push(['finished', shortTime(job.finishedAt)]);
  if (job.nextRunAt) fields.push(['next try', shortTime(job.nextRunAt)]);
  const options = Object.entries(job.options ?? {}).map(([k, v]) => `${k}=${String(v)}`);
  if (options.length) fields.push(['options', options.join(' ')]);
  if (job.error)
    fields.push(['error', `${job.error.message} (${job.error.code}${job.error.retryable ? ', retryable' : ''})`]);
  if (job.result) fields.push(['result', JSON.stringify(job.result)]);
  const sections = [renderFields(fields)];
  if (job.candidates?.length) {
    sections.push(
      `Waiting for a choice: truetrack choose ${job.id} <#>\n${renderTable(CANDIDATE_COLUMNS, job.candidates, width)}`,
    );
  }
  if (job.children?.length) sections.push(`Tracks\n${renderTable(CHILD_COLUMNS, job.children, width)}`);
  if (history.length) sections.push(`History\n${renderTable(HISTORY_COLUMNS, history, width)}`);
  return sections.join('\n\n');
}

/** The resolver's own label when it gave one, else the few fields a person recognises a candidate by. */
function describePayload(payload: Record<string, unknown>): string {
  if (typeof payload['label'] === 'string' && payload['label']) return payload['label'];
  const known = ['artist', 'title', 'album', 'release', 'date', 'year', 'duration', 'url'];
  const parts = known.filter((k) => isShown(payload[k])).map((k) => `${k}: ${String(payload[k])}`);
  if (parts.length) return parts.join(', ');
  return Object.entries(payload)
    .filter(([, v]) => isShown(v))
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(', ');
}

const isShown = (value: unknown) => ['string', 'number'].includes(typeof value) && value !== '';
