import { Injectable, signal } from '@angular/core';
import { ApiRoutes, JobStreamEvent, type JobStreamMessage } from '@app/contracts';
import { Observable, share } from 'rxjs';

import { apiUrl } from '../api/api-url';

const EVENT_NAMES = [
  JobStreamEvent.Created,
  JobStreamEvent.Updated,
  JobStreamEvent.Progress,
  'library.scan',
  'search.answered',
];
/** After the server closed the stream for good (restart, sign-out), try again this much later. */
const RECONNECT_MS = 5_000;
/** EventSource.CLOSED, spelled out so the code runs where EventSource is missing (tests). */
const CLOSED = 2;

export type StreamState = 'connecting' | 'live' | 'offline';

/** Factory seam so tests can hand in a fake EventSource. */
export const createEventSource = (url: string): EventSource => new EventSource(url, { withCredentials: true });

/**
 * The one connection to `GET /api/v1/events`, shared by every page: opened on the first subscriber, closed
 * when the last one leaves.
 */
@Injectable({ providedIn: 'root' })
export class JobEventsService {
  private readonly state$ = signal<StreamState>('offline');
  readonly state = this.state$.asReadonly();
  sourceFactory: (url: string) => EventSource = createEventSource;

  readonly messages: Observable<JobStreamMessage> = new Observable<JobStreamMessage>((subscriber) => {
    let source: EventSource | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      this.state$.set('connecting');
      source = this.sourceFactory(apiUrl(ApiRoutes.events));
      source.onopen = () => this.state$.set('live');
      source.onerror = () => {
        if (source?.readyState !== CLOSED) return this.state$.set('connecting');
        this.state$.set('offline');
        retry = setTimeout(open, RECONNECT_MS);
      };
      for (const name of EVENT_NAMES) {
        source.addEventListener(name, (event) => {
          const message = parse((event as MessageEvent<string>).data);
          if (message) subscriber.next(message);
        });
      }
    };
    open();
    return () => {
      clearTimeout(retry);
      source?.close();
      this.state$.set('offline');
    };
  }).pipe(share());
}

function parse(data: string): JobStreamMessage | undefined {
  try {
    return JSON.parse(data) as JobStreamMessage;
  } catch {
    return undefined;
  }
}
