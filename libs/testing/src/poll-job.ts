import type { JobDto } from '@app/contracts';

/**
 * Reads `read` every 20 ms until `until` holds; when `timeoutMs` passes first, fails with `describe` of the last
 * answer (by default its JSON).
 */
export async function pollUntil<T>(
  read: () => Promise<T>,
  until: (value: T) => boolean,
  timeoutMs: number,
  describe: (last: T) => string = (last) => `last answer ${JSON.stringify(last)?.slice(0, 500)}`,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (until(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out; ${describe(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Reads a job every 20 ms until `until` holds; fails naming the state it was last seen in. */
export function pollJob(
  read: () => Promise<JobDto>,
  until: (job: JobDto) => boolean,
  timeoutMs: number,
): Promise<JobDto> {
  return pollUntil(read, until, timeoutMs, (job) => `job ${job.id} last seen ${job.state} (${job.status})`);
}
