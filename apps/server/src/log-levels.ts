import type { LogLevel as NestLogLevel } from '@nestjs/common';
import type { LogLevel } from '@app/config';

const ORDER: NestLogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
const LAST: Record<LogLevel, NestLogLevel> = {
  error: 'error',
  warn: 'warn',
  info: 'log',
  debug: 'debug',
  verbose: 'verbose',
};

/** Nest's logger levels for the configured level: it and everything more severe. */
export function nestLogLevels(level: LogLevel): NestLogLevel[] {
  return ORDER.slice(0, ORDER.indexOf(LAST[level]) + 1);
}
