import { ApiRoutes, type JobDto, type JobInputRequest } from '@app/contracts';
import { ExitCode } from '../cli-error.js';
import { type CliCommand, type CommandContext, output } from '../command.js';

const jobPath = (id: string) => `/${ApiRoutes.prefix}/${ApiRoutes.jobs}/${encodeURIComponent(id)}`;

function report(ctx: CommandContext, job: JobDto, what: string): ExitCode {
  output(ctx, job, () => `Job ${job.id} ${what}: now ${job.state} (${job.status})`);
  return ExitCode.Ok;
}

export const chooseCommand: CliCommand = {
  name: 'choose',
  usage: 'choose ID N',
  summary: 'answer a job that waits for a choice with candidate N as `show` lists it (or a candidate id)',
  spec: { args: { required: ['ID', 'N'] }, options: [] },
  async run(ctx) {
    const [id, raw] = ctx.args.args as [string, string];
    const body: JobInputRequest = { choice: /^\d+$/.test(raw) ? Number(raw) : raw };
    return report(ctx, await ctx.client.post<JobDto>(`${jobPath(id)}/input`, body), `took candidate ${raw}`);
  },
};

export const cancelCommand: CliCommand = {
  name: 'cancel',
  usage: 'cancel ID',
  summary: 'cancel an unfinished job (and the tracks of an album or list)',
  spec: { args: { required: ['ID'] }, options: [] },
  async run(ctx) {
    return report(ctx, await ctx.client.post<JobDto>(`${jobPath(ctx.args.args[0]!)}/cancel`), 'cancelled');
  },
};

export const retryCommand: CliCommand = {
  name: 'retry',
  usage: 'retry ID',
  summary: 'send a failed job back to the step it failed in',
  spec: { args: { required: ['ID'] }, options: [] },
  async run(ctx) {
    return report(ctx, await ctx.client.post<JobDto>(`${jobPath(ctx.args.args[0]!)}/retry`), 'retried');
  },
};
