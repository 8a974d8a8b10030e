import {
  type ArgumentMetadata,
  Injectable,
  type PipeTransform,
  ValidationPipe,
  type ValidationPipeOptions,
} from '@nestjs/common';
import { findBodyProblem } from './body-guard.js';
import { InvalidRequestException } from './invalid-request.exception.js';
import { flattenValidationErrors } from './validation-errors.js';

const options = (forbidUnknown: boolean): ValidationPipeOptions => ({
  transform: true,
  whitelist: true,
  forbidNonWhitelisted: forbidUnknown,
  stopAtFirstError: true,
  validationError: { target: false, value: false },
  exceptionFactory: (errors) => new InvalidRequestException(flattenValidationErrors(errors)),
});

/**
 * Validates every DTO. Bodies are strict (an unknown property is a 400); query strings and headers
 * only drop unknown keys, so that cross-cutting parameters (e.g. an API key) can pass through.
 */
@Injectable()
export class ApiValidationPipe implements PipeTransform {
  private readonly strict = new ValidationPipe(options(true));
  private readonly lenient = new ValidationPipe(options(false));

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body') return this.lenient.transform(value, metadata);
    const problem = findBodyProblem(value);
    if (problem) throw new InvalidRequestException([problem]);
    return this.strict.transform(value, metadata);
  }
}
