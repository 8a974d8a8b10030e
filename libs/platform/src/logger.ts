import { Logger } from '@nestjs/common';

/** A logger whose lines carry `context` (by convention the class name). */
export function createLogger(context: string): Logger {
  return new Logger(context);
}
