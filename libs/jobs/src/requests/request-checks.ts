import { Injectable } from '@nestjs/common';
import type { JobData } from '../engine/job-data.js';
import type { NewJob } from '../engine/new-job.js';

/**
 * Refuses a request by throwing (a 4xx error naming the field); resolves when the request may become a job,
 * optionally with what it learnt on the way for the job's data, so that no step has to learn it again.
 */
export type RequestCheck = (request: NewJob) => Promise<JobData | undefined>;

/**
 * Checks other modules add to job creation, so a request they know to be unworkable is refused when it is made,
 * with a 4xx, rather than failing later as a job. The jobs module stays ignorant of what they check.
 */
@Injectable()
export class RequestChecks {
  private readonly checks: RequestCheck[] = [];

  add(check: RequestCheck): void {
    this.checks.push(check);
  }

  /** The request as it becomes a job: with what the checks learnt added to its data. */
  async run(request: NewJob): Promise<NewJob> {
    let checked = request;
    for (const check of this.checks) {
      const learnt = await check(checked);
      if (learnt) checked = { ...checked, data: { ...checked.data, ...learnt } };
    }
    return checked;
  }
}
