import request from 'supertest';
import { type JobDto, JobStatus } from '@app/contracts';
import { pollJob } from '@app/testing';

export type Server = Parameters<typeof request>[0];

export const isFinished = (job: JobDto): boolean =>
  [JobStatus.Success, JobStatus.Error, JobStatus.Cancelled].includes(job.status);

/** Polls `GET /api/v1/jobs/:id` until `until` holds. */
export function waitForJob(
  server: Server,
  id: string,
  until: (job: JobDto) => boolean,
  timeoutMs = 10_000,
): Promise<JobDto> {
  const read = async () => (await request(server).get(`/api/v1/jobs/${id}`).expect(200)).body as JobDto;
  return pollJob(read, until, timeoutMs);
}
