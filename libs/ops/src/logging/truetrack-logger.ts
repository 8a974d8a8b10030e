import type { LoggerService } from '@nestjs/common';
import type { LogLevel } from '@app/config';
import { currentLogContext } from '@app/platform';
import { type Level, type Logger as Pino, pino } from 'pino';
import { REDACTED_PATHS, scrubSecrets } from './scrub-secrets.js';

/** Where the JSON lines go: anything with a `write(line)`, e.g. stdout or a rotating file. */
export interface LogDestination {
  write(line: string): unknown;
}

const PINO_LEVELS: Record<LogLevel, Level> = {
  error: 'error',
  warn: 'warn',
  info: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/** Stack traces Nest hands as the first extra argument of `error()`. */
const STACK = /\n\s+at /;

/**
 * Nest's logger as JSON lines (pino): level, time, context, message, and the request or job id of the work
 * being done when the line was written. Secrets are scrubbed from messages and redacted from fields.
 */
export class TrueTrackLogger implements LoggerService {
  private readonly pino: Pino;

  constructor(level: LogLevel, destinations: LogDestination[]) {
    this.pino = pino(
      {
        level: PINO_LEVELS[level],
        base: { pid: process.pid },
        timestamp: pino.stdTimeFunctions.isoTime,
        messageKey: 'msg',
        formatters: { level: (label) => ({ level: label === 'trace' ? 'verbose' : label }) },
        mixin: () => ({ ...currentLogContext() }),
        redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      },
      { write: (line: string) => destinations.forEach((destination) => destination.write(line)) },
    );
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const rest = [...params];
    const fields: Record<string, unknown> = {};
    const last = rest.at(-1);
    if (typeof last === 'string' && !STACK.test(last)) fields['context'] = rest.pop();
    const first = rest[0];
    if (typeof first === 'string' && STACK.test(first)) fields['stack'] = rest.shift();
    if (message instanceof Error) {
      fields['stack'] ??= message.stack;
      return this.pino[level](fields, scrubSecrets(message.message));
    }
    if (message !== null && typeof message === 'object') {
      const { msg, ...other } = message as Record<string, unknown>;
      return this.pino[level]({ ...fields, ...other }, typeof msg === 'string' ? scrubSecrets(msg) : undefined);
    }
    this.pino[level](fields, scrubSecrets(String(message)));
  }
}
