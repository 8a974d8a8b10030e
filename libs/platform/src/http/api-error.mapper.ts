import { STATUS_CODES } from 'node:http';
import { HttpException } from '@nestjs/common';
import type { ApiErrorBody } from '@app/contracts';
import { AppError, ValidationError } from '@app/core';
import { InvalidRequestException, type FieldError } from './invalid-request.exception.js';
import { MAX_BODY_BYTES } from './json-body.js';

const STATUS_OF_CODE: Record<string, number> = {
  not_found: 404,
  validation: 400,
  conflict: 409,
  invalid_transition: 409,
  unprocessable: 422,
};

/** Messages for the body parser's errors (see body-parser's `type` values). */
const BODY_PARSER_MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'body is not valid JSON',
  'entity.too.large': `body must not be larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`,
};

export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on the server; the error was logged';

/** The body of an error answer; statusCode 500 means "log it": its message never reaches the client. */
export function toApiError(exception: unknown): ApiErrorBody {
  if (exception instanceof InvalidRequestException) return errorBody(400, exception.errors, exception.message);
  if (exception instanceof ValidationError)
    return errorBody(400, [{ field: exception.field, message: exception.message }]);
  if (exception instanceof AppError) {
    const status = STATUS_OF_CODE[exception.code];
    return status ? errorBody(status, [], exception.message) : internalError();
  }
  // 503 says an upstream service is down for now, with the reason: not an internal error, nothing to hide.
  if (exception instanceof HttpException && (exception.getStatus() < 500 || exception.getStatus() === 503)) {
    return fromHttpException(exception);
  }
  return internalError();
}

function fromHttpException(exception: HttpException): ApiErrorBody {
  const status = exception.getStatus();
  const bodyMessage = bodyParserMessage(exception);
  if (bodyMessage) return errorBody(status, [{ field: 'body', message: bodyMessage }]);
  const response = exception.getResponse();
  const raw = typeof response === 'object' && response !== null && 'message' in response ? response.message : response;
  const message = Array.isArray(raw) ? raw.join('; ') : typeof raw === 'string' ? raw : exception.message;
  return errorBody(status, [], message);
}

/** body-parser's errors carry a `type`, zlib's a `Z_…` code; their messages do not say that the body is meant. */
function bodyParserMessage(exception: HttpException): string | undefined {
  const { type, code } = (exception.cause ?? {}) as { type?: unknown; code?: unknown };
  if (typeof code === 'string' && code.startsWith('Z_')) return `body could not be decompressed (${exception.message})`;
  if (typeof type !== 'string') return undefined;
  const message = BODY_PARSER_MESSAGES[type] ?? exception.message;
  return message.includes('body') ? message : `body: ${message}`;
}

function internalError(): ApiErrorBody {
  return errorBody(500, [], INTERNAL_ERROR_MESSAGE);
}

function errorBody(
  statusCode: number,
  errors: FieldError[],
  message = errors.map((e) => e.message).join('; '),
): ApiErrorBody {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message, errors };
}
