/** How one provider request ended, as counted by the metrics. */
export type HttpOutcome =
  'ok' | 'client_error' | 'rate_limited' | 'server_error' | 'timeout' | 'network_error' | 'aborted';

/** One request (one attempt: each retry is a request of its own) an HttpClient made. */
export interface HttpRequestRecord {
  baseUrl: string;
  method: string;
  outcome: HttpOutcome;
  /** Absent when no answer came. */
  status?: number;
  durationMs: number;
}

export type HttpRequestObserver = (record: HttpRequestRecord) => void;

// HttpClients are built with `new` by the providers, so watchers register here rather than by injection.
const observers = new Set<HttpRequestObserver>();

/** Calls `observer` after every request any HttpClient makes; returns the way to stop. */
export function observeHttpRequests(observer: HttpRequestObserver): () => void {
  observers.add(observer);
  return () => observers.delete(observer);
}

export function reportHttpRequest(record: HttpRequestRecord): void {
  for (const observer of observers) {
    try {
      observer(record);
    } catch {
      // A broken counter must never fail a provider request.
    }
  }
}

export function outcomeOfStatus(status: number): HttpOutcome {
  if (status === 429) return 'rate_limited';
  if (status >= 500 || status === 408) return 'server_error';
  if (status >= 400) return 'client_error';
  return 'ok';
}
