/** Log levels, most severe first, as they appear in the log files. */
export const LOG_LINE_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'verbose'] as const;
export type LogLineLevel = (typeof LOG_LINE_LEVELS)[number];

/** One line of the log files, as the System page shows it. */
export interface LogLineDto {
  /** ISO 8601. */
  time: string;
  level: LogLineLevel;
  /** The class or area that wrote it, e.g. `StepRunner`. */
  context?: string;
  message: string;
  reqId?: string;
  jobId?: string;
  /** Everything else the line carried (method, status, stack…). */
  fields?: Record<string, unknown>;
}

const KNOWN = new Set(['time', 'level', 'context', 'msg', 'reqId', 'jobId', 'pid', 'hostname']);

/** A JSON log line as the System page wants it, or undefined for a line that is not one of ours. */
export function parseLogLine(raw: string): LogLineDto | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  const line = value as Record<string, unknown>;
  const level = line['level'];
  if (typeof line['time'] !== 'string' || !LOG_LINE_LEVELS.includes(level as LogLineLevel)) return undefined;
  const fields = Object.fromEntries(Object.entries(line).filter(([key]) => !KNOWN.has(key)));
  return {
    time: line['time'],
    level: level as LogLineLevel,
    ...(typeof line['context'] === 'string' && { context: line['context'] }),
    message: typeof line['msg'] === 'string' ? line['msg'] : '',
    ...(typeof line['reqId'] === 'string' && { reqId: line['reqId'] }),
    ...(typeof line['jobId'] === 'string' && { jobId: line['jobId'] }),
    ...(Object.keys(fields).length > 0 && { fields }),
  };
}

/** Whether `level` is `atLeast` or more severe. */
export function isAtLeast(level: LogLineLevel, atLeast: LogLineLevel): boolean {
  return LOG_LINE_LEVELS.indexOf(level) <= LOG_LINE_LEVELS.indexOf(atLeast);
}
