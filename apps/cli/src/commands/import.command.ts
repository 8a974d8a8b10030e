import { resolve } from 'node:path';
import { ApiRoutes, type ImportRequest, type ImportResultDto } from '@app/contracts';
import { ExitCode } from '../cli-error.js';
import { type CliCommand, output } from '../command.js';
import { renderJobs } from '../format-job.js';

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import PATH',
  summary: 'import a file or every audio file of a folder (inside the library or an import folder)',
  spec: { args: { required: ['PATH'] }, options: [] },
  async run(ctx) {
    // The server reads the path on its own disk: a relative one means the folder this command runs in.
    const body: ImportRequest = { path: resolve(ctx.io.cwd, ctx.args.args[0]!) };
    const result = await ctx.client.post<ImportResultDto>(`/${ApiRoutes.prefix}/${ApiRoutes.import}`, body);
    output(ctx, result, () => {
      const lines = [`${result.jobs.length} import job${result.jobs.length === 1 ? '' : 's'} for ${body.path}`];
      if (result.jobs.length) lines.push('', renderJobs(result.jobs, ctx.io.columns));
      if (result.skipped.length) lines.push('', 'Skipped:');
      for (const skipped of result.skipped) lines.push(`  ${skipped.path}: ${skipped.reason}`);
      return lines.join('\n');
    });
    return result.jobs.length || !result.skipped.length ? ExitCode.Ok : ExitCode.Failure;
  },
};
