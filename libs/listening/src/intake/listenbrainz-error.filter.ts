import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ListenBrainzError } from './listenbrainz-error.js';

/** Every answer of the ListenBrainz routes is ListenBrainz's `{code, error}`, whatever went wrong. */
@Catch()
export class ListenBrainzErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(ListenBrainzErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const error = toListenBrainzError(exception);
    if (error.status >= 500) this.logger.error(`ListenBrainz intake failed: ${String(exception)}`);
    if (response.headersSent) return void response.end();
    response.status(error.status).json(error.body());
  }
}

function toListenBrainzError(exception: unknown): ListenBrainzError {
  if (exception instanceof ListenBrainzError) return exception;
  if (exception instanceof HttpException && exception.getStatus() < 500)
    return new ListenBrainzError(exception.getStatus(), exception.message);
  return new ListenBrainzError(500, 'Something went wrong. Please try again.');
}
