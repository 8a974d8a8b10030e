import type { JobDto, JobStreamMessage } from '@app/contracts';
import { JobStreamEvent } from '@app/contracts';

/**
 * Folds one stream message into a list of jobs: created jobs go first, updates replace, progress patches.
 * `accepts` decides whether a created or updated job belongs to the list (filters); pure for tests.
 */
export function applyJobMessage(
  jobs: readonly JobDto[],
  message: JobStreamMessage,
  accepts: (job: JobDto) => boolean = () => true,
): readonly JobDto[] {
  switch (message.type) {
    case JobStreamEvent.Created:
      return accepts(message.job) && !jobs.some((j) => j.id === message.job.id) ? [message.job, ...jobs] : jobs;
    case JobStreamEvent.Updated: {
      const known = jobs.some((j) => j.id === message.job.id);
      if (!accepts(message.job)) return known ? jobs.filter((j) => j.id !== message.job.id) : jobs;
      // An update older than what the list holds (the list was read after it was sent) changes nothing.
      const newer = (j: JobDto) => j.id === message.job.id && message.job.updatedAt >= j.updatedAt;
      return known ? jobs.map((j) => (newer(j) ? message.job : j)) : [message.job, ...jobs];
    }
    case JobStreamEvent.Progress:
      return jobs.map((j) => (j.id === message.jobId ? { ...j, progress: message.progress } : j));
    default:
      return jobs;
  }
}

/**
 * A list read from the API while the stream kept running: the messages that arrived during the read are applied
 * again on top of it, so a change announced while the answer was on its way is not lost.
 */
export class StreamBuffer {
  private messages: JobStreamMessage[] | undefined;

  record(message: JobStreamMessage): void {
    this.messages?.push(message);
  }

  async read(
    load: () => Promise<readonly JobDto[]>,
    accepts: (job: JobDto) => boolean = () => true,
  ): Promise<readonly JobDto[]> {
    this.messages = [];
    try {
      const jobs = await load();
      return this.messages.reduce((list, message) => applyJobMessage(list, message, accepts), jobs);
    } finally {
      this.messages = undefined;
    }
  }
}
