export interface AppErrorOptions {
  cause?: unknown;
  details?: Record<string, unknown>;
}

/** Base of every error the domain throws; `code` maps to an HTTP status at the edge. */
export class AppError extends Error {
  readonly details: Record<string, unknown> | undefined;

  constructor(
    readonly code: string,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.details = options.details;
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, options?: AppErrorOptions) {
    super('not_found', message, options);
  }
}

/** Bad input; `field` names what was wrong. */
export class ValidationError extends AppError {
  constructor(
    readonly field: string,
    message: string,
    options?: AppErrorOptions,
  ) {
    super('validation', message, options);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, options?: AppErrorOptions) {
    super('conflict', message, options);
  }
}

/** The request is well-formed but cannot be honoured (e.g. an idempotency key reused with another body). */
export class UnprocessableError extends AppError {
  constructor(message: string, options?: AppErrorOptions) {
    super('unprocessable', message, options);
  }
}

export class InvalidTransitionError extends AppError {
  constructor(from: string, to: string) {
    super('invalid_transition', `A job cannot go from ${from} to ${to}`, { details: { from, to } });
  }
}

/** A transient failure: the step is tried again after a backoff. */
export class RetryableError extends AppError {
  constructor(message: string, options?: AppErrorOptions) {
    super('retryable', message, options);
  }
}

/** A failure that another attempt cannot fix: the job fails at once with this reason. */
export class PermanentError extends AppError {
  constructor(message: string, options?: AppErrorOptions) {
    super('permanent', message, options);
  }
}

/** An external program failed; keeps only the tail of its stderr. */
export class ExternalToolError extends RetryableError {
  constructor(
    readonly tool: string,
    readonly exitCode: number | null,
    readonly stderrTail: string,
  ) {
    super(`${tool} exited with ${exitCode ?? 'a signal'}: ${stderrTail.slice(-500)}`, {
      details: { tool, exitCode },
    });
  }
}
