/** One piece of scheduled work as `GET /api/v1/system/schedules` lists it. */
export interface ScheduledTaskDto {
  /** Its name, e.g. `backup`, `temp-sweep`. */
  name: string;
  description: string;
  /** The cron schedule from the settings, or null when the setting turned the work off. */
  schedule: string | null;
  /** ISO 8601 times; null when there is none (off, or never run since start). */
  nextRunAt: string | null;
  lastRunAt: string | null;
  lastOutcome: 'ok' | 'failed' | null;
  lastError: string | null;
  running: boolean;
}
