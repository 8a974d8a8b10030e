import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import { toApiError } from './api-error.mapper.js';

/** Answers every error of the HTTP API with an `ApiErrorBody`; server faults are logged here, once. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const { httpAdapter } = this.adapterHost;
    const context = host.switchToHttp();
    const request: unknown = context.getRequest();
    const response: unknown = context.getResponse();
    const body = toApiError(exception);
    if (body.statusCode >= 500) {
      // The path only: a query string may carry a secret.
      const path = String(httpAdapter.getRequestUrl(request)).split('?')[0];
      const route = `${httpAdapter.getRequestMethod(request)} ${path}`;
      this.logger.error(
        `${route} failed: ${describe(exception)}`,
        exception instanceof Error ? exception.stack : undefined,
      );
    }
    if (httpAdapter.isHeadersSent(response)) return httpAdapter.end(response);
    httpAdapter.reply(response, body, body.statusCode);
  }
}

function describe(exception: unknown): string {
  return exception instanceof Error ? `${exception.name}: ${exception.message}` : String(exception);
}
