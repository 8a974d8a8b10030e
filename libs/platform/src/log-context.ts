import { AsyncLocalStorage } from 'node:async_hooks';

/** Ids that every log line written while serving a request or running a job step carries. */
export interface LogContext {
  reqId?: string;
  jobId?: string;
}

const storage = new AsyncLocalStorage<LogContext>();

/** Runs `work` with `context` added to the current one; log lines written inside carry its ids. */
export function withLogContext<T>(context: LogContext, work: () => T): T {
  return storage.run({ ...storage.getStore(), ...context }, work);
}

/** The ids of the request or job step being served right now, if any. */
export function currentLogContext(): LogContext | undefined {
  return storage.getStore();
}

/** Runs `work` with only `context`: e.g. a job step woken by a request is not part of that request. */
export function withOwnLogContext<T>(context: LogContext, work: () => T): T {
  return storage.run({ ...context }, work);
}
