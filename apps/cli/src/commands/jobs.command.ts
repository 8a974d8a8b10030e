import { ApiRoutes, type JobDto, JobKind, JobStatus, type Page } from '@app/contracts';
import { ExitCode, UsageError } from '../cli-error.js';
import { type CliCommand, output } from '../command.js';
import { renderJobs } from '../format-job.js';

const STATUSES = Object.values(JobStatus) as string[];
const KINDS = Object.values(JobKind) as string[];
const DEFAULT_LIMIT = 20;

export const jobsCommand: CliCommand = {
  name: 'jobs',
  usage: 'jobs [--status STATUS]... [--kind KIND] [--query TEXT] [--limit N] [--page N]',
  summary: `list jobs, newest first (status: ${STATUSES.join(', ')})`,
  spec: { args: { required: [] }, options: ['status', 'kind', 'query', 'limit', 'page'] },
  async run(ctx) {
    const { status, kind, query, limit, page } = ctx.args;
    const statuses = status.flatMap((s) => s.split(',')).filter(Boolean);
    const unknown = statuses.find((s) => !STATUSES.includes(s));
    if (unknown) throw new UsageError(`--status must be one of ${STATUSES.join(', ')}, got "${unknown}"`);
    if (kind !== undefined && !KINDS.includes(kind)) {
      throw new UsageError(`--kind must be one of ${KINDS.join(', ')}, got "${kind}"`);
    }
    const result = await ctx.client.get<Page<JobDto>>(`/${ApiRoutes.prefix}/${ApiRoutes.jobs}`, {
      status: statuses,
      kind,
      q: query,
      page,
      pageSize: limit ?? DEFAULT_LIMIT,
    });
    output(ctx, result, () => {
      if (!result.records.length) return result.totalRecords ? `No jobs on page ${result.page}.` : 'No jobs.';
      const pages = Math.max(1, Math.ceil(result.totalRecords / result.pageSize));
      const footer = `page ${result.page} of ${pages}, ${result.totalRecords} jobs`;
      return `${renderJobs(result.records, ctx.io.columns)}\n\n${footer}`;
    });
    return ExitCode.Ok;
  },
};
