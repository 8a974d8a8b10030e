import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { AppError, ValidationError } from '@app/core';
import { InvalidRequestException } from '@app/platform';
import { LidarrValidationError, failure } from './lidarr-validation.error.js';

/** The part of Express's response this filter uses. */
interface JsonResponse {
  headersSent: boolean;
  status(code: number): { json(body: unknown): void };
  end(): void;
}

// A provider that failed (MusicBrainz down, or refusing) makes a lookup unavailable, as Lidarr answers 503.
const STATUS_OF_CODE: Record<string, number> = {
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  retryable: 503,
  permanent: 503,
};

/** Errors of the Lidarr API in Lidarr's shapes: a list of failures for a 400, `{ message }` otherwise. */
@Catch()
export class LidarrExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(LidarrExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<JsonResponse>();
    const [status, body] = this.answer(exception);
    if (response.headersSent) return void response.end();
    response.status(status).json(body);
  }

  private answer(exception: unknown): [number, unknown] {
    if (exception instanceof LidarrValidationError) return [400, exception.failures];
    if (exception instanceof InvalidRequestException) {
      return [400, exception.errors.map((error) => failure(error.field, error.message))];
    }
    if (exception instanceof ValidationError) return [400, [failure(exception.field, exception.message)]];
    if (exception instanceof AppError && STATUS_OF_CODE[exception.code]) {
      return [STATUS_OF_CODE[exception.code]!, { message: exception.message }];
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      return [exception.getStatus(), { message: exception.message }];
    }
    this.logger.error(
      `Lidarr API request failed: ${exception instanceof Error ? exception.message : String(exception)}`,
      exception instanceof Error ? exception.stack : undefined,
    );
    return [500, { message: 'Something went wrong on the server; the error was logged' }];
  }
}
