import {
  BadRequestException,
  HttpException,
  NotFoundException,
  PayloadTooLargeException,
  ServiceUnavailableException,
} from '@nestjs/common';
import {
  AppError,
  ConflictError,
  ExternalToolError,
  InvalidTransitionError,
  NotFoundError,
  PermanentError,
  RetryableError,
  UnprocessableError,
  ValidationError,
} from '@app/core';
import { INTERNAL_ERROR_MESSAGE, toApiError } from './api-error.mapper.js';
import { InvalidRequestException } from './invalid-request.exception.js';

describe('toApiError', () => {
  it.each<[string, unknown, number, string]>([
    ['NotFoundError', new NotFoundError('No job with id x'), 404, 'Not Found'],
    ['ConflictError', new ConflictError('finished'), 409, 'Conflict'],
    ['InvalidTransitionError', new InvalidTransitionError('FINALIZED', 'SEARCHING'), 409, 'Conflict'],
    ['UnprocessableError', new UnprocessableError('key reused'), 422, 'Unprocessable Entity'],
  ])('maps %s to %i with its message', (_name, error, statusCode, text) => {
    expect(toApiError(error)).toEqual({ statusCode, error: text, message: (error as Error).message, errors: [] });
  });

  it('passes a 503 through with its reason: an upstream service is down, nothing internal', () => {
    expect(toApiError(new ServiceUnavailableException('Every metadata provider failed'))).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'Every metadata provider failed',
      errors: [],
    });
  });

  it('maps a ValidationError to 400 naming its field', () => {
    expect(toApiError(new ValidationError('choice', 'choice must be a candidate index'))).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'choice must be a candidate index',
      errors: [{ field: 'choice', message: 'choice must be a candidate index' }],
    });
  });

  it.each<[string, unknown]>([
    ['a RetryableError', new RetryableError('musicbrainz timed out at 10.0.0.3')],
    ['a PermanentError', new PermanentError('geo-blocked')],
    ['an ExternalToolError', new ExternalToolError('yt-dlp', 1, 'secret path /home/me')],
    ['an AppError of an unknown code', new AppError('weird', 'internal detail')],
    ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a thrown string', 'boom'],
    ['undefined', undefined],
    ['an HttpException 502', new HttpException('upstream said no', 502)],
  ])('hides %s behind a generic 500', (_name, error) => {
    expect(toApiError(error)).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: INTERNAL_ERROR_MESSAGE,
      errors: [],
    });
  });

  it('keeps every field error of an InvalidRequestException', () => {
    const errors = [
      { field: 'query', message: 'query must be a string' },
      { field: 'options.ask', message: 'options.ask must be a boolean value' },
    ];
    expect(toApiError(new InvalidRequestException(errors))).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'query must be a string; options.ask must be a boolean value',
      errors,
    });
  });

  it('names the body for body-parser errors', () => {
    const parseFailed = new BadRequestException('Unexpected token', {
      cause: Object.assign(new SyntaxError('x'), { type: 'entity.parse.failed' }),
    });
    expect(toApiError(parseFailed)).toMatchObject({
      statusCode: 400,
      message: 'body is not valid JSON',
      errors: [{ field: 'body' }],
    });
    const tooLarge = new PayloadTooLargeException('request entity too large', {
      cause: Object.assign(new Error('x'), { type: 'entity.too.large' }),
    });
    expect(toApiError(tooLarge)).toMatchObject({
      statusCode: 413,
      message: 'body must not be larger than 1 MB',
      errors: [{ field: 'body' }],
    });
  });

  it("keeps Nest's own 4xx messages", () => {
    expect(toApiError(new NotFoundException('Cannot GET /nothing'))).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Cannot GET /nothing',
      errors: [],
    });
  });
});
