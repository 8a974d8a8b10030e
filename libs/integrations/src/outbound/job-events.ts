import { IntegrationEvent, type JobDto, JobState } from '@app/contracts';
import type { OutboundEvent } from './notification-message.js';

const ENTERED: Partial<Record<JobState, IntegrationEvent>> = {
  [JobState.Downloading]: IntegrationEvent.Grab,
  [JobState.Finalized]: IntegrationEvent.Import,
  [JobState.Failed]: IntegrationEvent.Failure,
  [JobState.UserIntentSelection]: IntegrationEvent.NeedsInput,
  [JobState.UserMetadataSelection]: IntegrationEvent.NeedsInput,
};

/**
 * The integration event a job update means, if any: a state entered (not an update within the same state,
 * e.g. a retry scheduled). An import is a job that stored a file; an album or list job ending is not one.
 */
export function eventOfJobUpdate(previous: JobState | undefined, job: JobDto, at: number): OutboundEvent | undefined {
  if (previous === job.state) return undefined;
  const type = ENTERED[job.state];
  if (!type) return undefined;
  const base = { type, at, jobId: job.id, query: job.query, jobKind: job.kind, state: job.state };
  if (type === IntegrationEvent.Import) {
    const path = job.result?.['path'];
    return typeof path === 'string' && path ? { ...base, path } : undefined;
  }
  if (type === IntegrationEvent.Failure) return { ...base, reason: job.error?.message };
  return base;
}
