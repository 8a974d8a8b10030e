import type { MessageEvent } from '@nestjs/common';
import { Observable } from 'rxjs';
import { JobStreamEvent, type JobStreamMessage } from '@app/contracts';
import type { JobEventBus } from '../events/job-event-bus.js';

/** Proxies commonly close a connection that stays silent for 30 to 60 s. */
export const HEARTBEAT_MS = 15_000;

export interface JobEventStreamOptions {
  jobId?: string;
  /** Who subscribes (see `requestPerson`): messages addressed to one person reach only that person. */
  viewer?: string;
  heartbeatMs?: number;
}

/** Job events as SSE messages (`event: <type>`, JSON data) with a comment as heartbeat; unsubscribes on teardown. */
export function jobEventStream(
  bus: Pick<JobEventBus, 'subscribe'>,
  { jobId, viewer, heartbeatMs = HEARTBEAT_MS }: JobEventStreamOptions = {},
): Observable<MessageEvent> {
  return new Observable<MessageEvent>((subscriber) => {
    const unsubscribe = bus.subscribe((message) => {
      if (!isFor(message, viewer)) return;
      if (!jobId || jobIdOf(message) === jobId) subscriber.next({ type: message.type, data: message });
    });
    const heartbeat = setInterval(() => subscriber.next({ comment: 'heartbeat' }), heartbeatMs);
    return () => {
      clearInterval(heartbeat);
      unsubscribe();
    };
  });
}

/** A search's answer is the asker's alone (admins included: they see their own); everything else is everyone's. */
function isFor(message: JobStreamMessage, viewer: string | undefined): boolean {
  return message.type !== 'search.answered' || (viewer !== undefined && message.person === viewer);
}

/** Undefined for messages about no job (library scans, searches): a jobId filter leaves them out. */
function jobIdOf(message: JobStreamMessage): string | undefined {
  if (message.type === 'library.scan' || message.type === 'search.answered') return undefined;
  return message.type === JobStreamEvent.Progress ? message.jobId : message.job.id;
}
