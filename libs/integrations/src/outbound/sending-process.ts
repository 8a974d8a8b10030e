import type { AppConfig } from '@app/config';

/** Calls go out from the process that serves the API (or does everything), never from each worker as well. */
export const sendsFromThisProcess = (config: AppConfig): boolean => config.queue.role !== 'worker';
