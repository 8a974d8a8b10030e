import request from 'supertest';
import { type JobDto, JobStatus } from '@app/contracts';

export type Server = Parameters<typeof request>[0];

export const isFinished = (job: JobDto): boolean =>
  [JobStatus.Success, JobStatus.Error, JobStatus.Cancelled].includes(job.status);

/** Polls `GET /api/v1/jobs/:id` until `until` holds. */
export async function waitForJob(
  server: Server,
  id: string,
  until: (job: JobDto) => boolean,
  timeoutMs = 10_000,
): Promise<JobDto> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = (await request(server).get(`/api/v1/jobs/${id}`).expect(200)).body as JobDto;
    if (until(job)) return job;
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for job ${id}; last seen ${job.state} (${job.status})`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
