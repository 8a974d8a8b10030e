import { type AppErrorOptions, PermanentError } from '@app/core';

/** A file whose tags cannot be read or written: unsupported, unreadable or corrupt. Another try would not help. */
export class TagFileError extends PermanentError {
  constructor(
    readonly action: 'read' | 'write',
    readonly file: string,
    readonly reason: string,
    options?: AppErrorOptions,
  ) {
    super(`Cannot ${action} the tags of ${file}: ${reason}`, options);
  }
}

export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
