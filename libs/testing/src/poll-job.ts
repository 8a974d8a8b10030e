import type { JobDto } from '@app/contracts';

/** Reads a job every 20 ms until `until` holds; fails naming the state it was last seen in. */
export async function pollJob(
  read: () => Promise<JobDto>,
  until: (job: JobDto) => boolean,
  timeoutMs: number,
): Promise<JobDto> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await read();
    if (until(job)) return job;
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for job ${job.id}; last seen ${job.state} (${job.status})`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
