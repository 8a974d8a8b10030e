import { BadRequestException } from '@nestjs/common';

export interface FieldError {
  /** Dotted path of the offending field, e.g. `options.ask`. */
  field: string;
  message: string;
}

/** A body with thousands of unknown keys must not produce an answer larger than itself. */
export const MAX_FIELD_ERRORS = 20;

/** A 400 that names the offending fields; the error filter turns it into `ApiErrorBody.errors`. */
export class InvalidRequestException extends BadRequestException {
  readonly errors: FieldError[];

  constructor(errors: FieldError[]) {
    const shown = errors.slice(0, MAX_FIELD_ERRORS);
    const more = errors.length - shown.length;
    super(shown.map((e) => e.message).join('; ') + (more > 0 ? ` (and ${more} more)` : ''));
    this.errors = shown;
  }
}
