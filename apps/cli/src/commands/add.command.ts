import { basename, resolve } from 'node:path';
import {
  ApiRoutes,
  type CreateJobRequest,
  type CreateListResponse,
  type JobDto,
  JobKind,
  type JobOptions,
  OUTPUT_FORMATS,
  type OutputFormat,
} from '@app/contracts';
import { CliError, ExitCode, UsageError } from '../cli-error.js';
import { type CliCommand, type CommandContext, output } from '../command.js';
import { renderJobs } from '../format-job.js';
import { outcomeLine, waitForJob } from './wait-for-job.js';

const KINDS: string[] = [JobKind.Track, JobKind.Album];

export const addCommand: CliCommand = {
  name: 'add',
  usage: 'add "QUERY" | --file LIST [--kind track|album] [--ask] [--format FORMAT] [--allow-large] [--wait]',
  summary: 'request a track or an album, or every line of a list file (lines, M3U, CSV)',
  spec: {
    args: { required: [], optional: ['"QUERY"'] },
    options: ['ask', 'format', 'kind', 'file', 'allow-large', 'wait'],
  },
  async run(ctx) {
    const { args } = ctx;
    const query = args.args[0];
    if (query !== undefined && args.file !== undefined) throw new UsageError('add takes "QUERY" or --file, not both');
    if (query === undefined && args.file === undefined) throw new UsageError('add needs "QUERY" or --file LIST');
    if (args.file !== undefined && args.kind !== undefined) throw new UsageError('--kind is for a query, not --file');
    const options = { ...jobOptions(args.ask, args.format), ...(args.allowLarge && { allowLarge: true }) };
    const job = args.file !== undefined ? await addList(ctx, args.file, options) : await addOne(ctx, query!, options);
    if (!args.wait) return ExitCode.Ok;
    const { job: final, exitCode } = await waitForJob(ctx, job.id);
    output(ctx, final, () => outcomeLine(final));
    return exitCode;
  },
};

async function addOne(ctx: CommandContext, query: string, options: JobOptions): Promise<JobDto> {
  const kind = ctx.args.kind;
  if (kind !== undefined && !KINDS.includes(kind)) {
    throw new UsageError(`--kind must be one of ${KINDS.join(', ')}, got "${kind}"`);
  }
  const body: CreateJobRequest = { query, ...(kind ? { kind: kind as JobKind } : {}), options };
  const job = await ctx.client.post<JobDto>(`/${ApiRoutes.prefix}/${ApiRoutes.jobs}`, body);
  if (!ctx.args.wait) output(ctx, job, () => `Added job ${job.id}\n\n${renderJobs([job], ctx.io.columns)}`);
  else if (!ctx.args.json) ctx.io.err(`Added job ${job.id}`);
  return job;
}

async function addList(ctx: CommandContext, file: string, options: JobOptions): Promise<JobDto> {
  const path = resolve(ctx.io.cwd, file);
  let text: string;
  try {
    text = await ctx.io.readFile(path);
  } catch (error) {
    throw new CliError(`cannot read the list ${path}: ${(error as Error).message}`);
  }
  const body = { text, fileName: basename(path), options };
  const created = await ctx.client.post<CreateListResponse>(`/${ApiRoutes.prefix}/${ApiRoutes.lists}`, body);
  const summary = () => {
    const lines = [`Added list job ${created.job.id} (${created.format}, ${created.childIds.length} tracks)`];
    for (const skipped of created.skipped) lines.push(`  skipped line ${skipped.line}: ${skipped.reason}`);
    return lines.join('\n');
  };
  if (!ctx.args.wait) output(ctx, created, summary);
  else if (!ctx.args.json) ctx.io.err(summary());
  return created.job;
}

function jobOptions(ask: boolean, format: string | undefined): JobOptions {
  if (format !== undefined && !(OUTPUT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, got "${format}"`);
  }
  return { ...(ask ? { ask: true } : {}), ...(format ? { format: format as OutputFormat } : {}) };
}
