import { type JobDto, JobStatus } from '@app/contracts';
import { ExitCode } from '../cli-error.js';
import type { CommandContext } from '../command.js';
import { followJob } from '../follow-job.js';
import { ProgressReporter } from '../progress-reporter.js';

/** `--wait`: follows the job with a progress bar; the exit code tells how it ended. */
export async function waitForJob(ctx: CommandContext, jobId: string): Promise<{ job: JobDto; exitCode: ExitCode }> {
  const reporter = new ProgressReporter(ctx.io);
  let job: JobDto;
  try {
    job = await followJob(ctx.client, jobId, (update) => reporter.update(update));
  } finally {
    reporter.done();
  }
  return {
    job,
    exitCode: job.status === JobStatus.Error || job.status === JobStatus.Cancelled ? ExitCode.Failure : ExitCode.Ok,
  };
}

/** One line on how a followed job came out, with what to do next. */
export function outcomeLine(job: JobDto): string {
  switch (job.status) {
    case JobStatus.Success:
      return `Job ${job.id} finished (${job.state})`;
    case JobStatus.Waiting:
      return `Job ${job.id} waits for your choice: truetrack show ${job.id}, then truetrack choose ${job.id} <#>`;
    case JobStatus.Cancelled:
      return `Job ${job.id} was cancelled`;
    case JobStatus.Error:
      return `Job ${job.id} failed: ${job.error?.message ?? job.state} (truetrack retry ${job.id} to try again)`;
    default:
      return `Job ${job.id} is ${job.state}`;
  }
}
