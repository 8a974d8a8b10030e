/** One broken rule, as Lidarr's FluentValidation answers it. */
export interface LidarrValidationFailure {
  propertyName: string;
  errorMessage: string;
  attemptedValue?: unknown;
  severity: 'error';
}

/** A request body or query that breaks a rule; answered with 400 and the list of failures. */
export class LidarrValidationError extends Error {
  constructor(readonly failures: LidarrValidationFailure[]) {
    super(failures.map((failure) => failure.errorMessage).join('; '));
    this.name = 'LidarrValidationError';
  }

  static of(propertyName: string, errorMessage: string, attemptedValue?: unknown): LidarrValidationError {
    return new LidarrValidationError([failure(propertyName, errorMessage, attemptedValue)]);
  }
}

export function failure(propertyName: string, errorMessage: string, attemptedValue?: unknown): LidarrValidationFailure {
  return { propertyName, errorMessage, ...(attemptedValue !== undefined && { attemptedValue }), severity: 'error' };
}
