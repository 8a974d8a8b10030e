import { Injectable } from '@nestjs/common';
import type { NewJob } from '../engine/new-job.js';

/** Refuses a request by throwing (a 4xx error naming the field); resolves when the request may become a job. */
export type RequestCheck = (request: NewJob) => Promise<void>;

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

  async run(request: NewJob): Promise<void> {
    for (const check of this.checks) await check(request);
  }
}
