/** Decides when this process runs which job's next step; the engine's only moving part. */
export interface JobDispatcher {
  start(): Promise<void>;
  /** Stops taking steps; running ones are aborted and their leases released. */
  stop(): Promise<void>;
  /** Resolves when no step is running or queued to run in this process right now. */
  idle(): Promise<void>;
}

export const JOB_DISPATCHER = Symbol('JOB_DISPATCHER');
