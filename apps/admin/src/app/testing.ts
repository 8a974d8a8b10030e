import { type JobDto, JobKind, JobState, JobStatus, type JobStreamMessage } from '@app/contracts';
import { Subject } from 'rxjs';

/** A job as the API returns it, with what a test cares about changed. Test-only. */
export function makeJob(overrides: Partial<JobDto> = {}): JobDto {
  return {
    id: 'job-1',
    kind: JobKind.Track,
    query: 'lanterns',
    options: {},
    status: JobStatus.Running,
    state: JobState.Downloading,
    progress: { fraction: 0.25 },
    result: null,
    error: null,
    attempts: 1,
    parentId: null,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    finishedAt: null,
    nextRunAt: null,
    ...overrides,
  };
}

/** Stands in for JobEventsService: tests push stream messages by hand. */
export function fakeJobEvents() {
  const messages = new Subject<JobStreamMessage>();
  return { messages, state: () => 'live' as const };
}
