import { type JobDto, type JobStreamMessage, JobStatus, JobStreamEvent } from '@app/contracts';
import { ApiRoutes } from '@app/contracts';
import type { ApiClient } from './api-client.js';
import { readSse } from './sse.js';

const jobPath = (id: string) => `/${ApiRoutes.prefix}/${ApiRoutes.jobs}/${id}`;

/** Success, error or cancelled: the job will not move again by itself. */
export const hasEnded = (job: JobDto) =>
  job.status === JobStatus.Success || job.status === JobStatus.Error || job.status === JobStatus.Cancelled;

/** The job waits for a person (a choice), or has ended: following it any further would block forever. */
export const isSettled = (job: JobDto) => hasEnded(job) || job.status === JobStatus.Waiting;

export interface ProgressUpdate {
  fraction: number;
  state: string;
  detail?: Record<string, unknown>;
}

/**
 * Follows a job over the event stream until it ends or waits for a person, calling `onProgress` on the way.
 * The stream is opened before the job is read, so no change between the two is missed.
 */
export async function followJob(
  client: ApiClient,
  jobId: string,
  onProgress: (update: ProgressUpdate) => void,
): Promise<JobDto> {
  const abort = new AbortController();
  try {
    const query = new URLSearchParams({ jobId }).toString();
    const stream = await client.open(`/${ApiRoutes.prefix}/${ApiRoutes.events}?${query}`, abort.signal);
    const current = await client.get<JobDto>(jobPath(jobId));
    if (isSettled(current)) return current;
    onProgress({ fraction: current.progress.fraction, state: current.state, detail: current.progress.detail });
    for await (const message of readSse(stream.body!)) {
      const event = JSON.parse(message.data) as JobStreamMessage;
      if (event.type === JobStreamEvent.Progress) {
        onProgress({ fraction: event.progress.fraction, state: event.state, detail: event.progress.detail });
      } else if (event.type === JobStreamEvent.Updated || event.type === JobStreamEvent.Created) {
        onProgress({
          fraction: event.job.progress.fraction,
          state: event.job.state,
          detail: event.job.progress.detail,
        });
        // Read whole: the person needs its candidates or children, which events may not carry.
        if (isSettled(event.job)) return await client.get<JobDto>(jobPath(jobId));
      }
    }
    // The server closed the stream (shutting down): what the job came to is still worth telling.
    return await client.get<JobDto>(jobPath(jobId));
  } finally {
    abort.abort();
  }
}
