import { ApiRoutes, type JobDto, type JobEventDto } from '@app/contracts';
import { ExitCode } from '../cli-error.js';
import { type CliCommand, output } from '../command.js';
import { renderJobDetail } from '../format-job.js';

export const showCommand: CliCommand = {
  name: 'show',
  usage: 'show ID',
  summary: 'one job: its state, error, candidates to choose from, tracks and history',
  spec: { args: { required: ['ID'] }, options: [] },
  async run(ctx) {
    const path = `/${ApiRoutes.prefix}/${ApiRoutes.jobs}/${encodeURIComponent(ctx.args.args[0]!)}`;
    const job = await ctx.client.get<JobDto>(path);
    if (ctx.args.json) {
      output(ctx, job, () => '');
      return ExitCode.Ok;
    }
    const history = await ctx.client.get<JobEventDto[]>(`${path}/history`);
    ctx.io.out(renderJobDetail(job, history, ctx.io.columns));
    return ExitCode.Ok;
  },
};
