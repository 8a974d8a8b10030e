import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';

import { isNotAvailable, toProblem } from './api-problem';

const httpError = (status: number, error: unknown, headers?: Record<string, string>) =>
  new HttpErrorResponse({ status, statusText: 'X', error, headers: new HttpHeaders(headers ?? {}) });

describe('toProblem', () => {
  it('keeps the server message and gathers field errors', () => {
    const problem = toProblem(
      httpError(400, {
        statusCode: 400,
        error: 'Bad Request',
        message: 'album has an unclosed {',
        errors: [{ field: 'album', message: 'album has an unclosed { at character 1' }],
      }),
    );
    expect(problem).toEqual({
      status: 400,
      message: 'album has an unclosed {',
      fields: { album: 'album has an unclosed { at character 1' },
    });
  });

  it('joins a list of messages and two errors on one field', () => {
    const problem = toProblem(
      httpError(400, {
        message: ['a must be set', 'b must be set'],
        errors: [
          { field: 'a', message: 'one.' },
          { field: 'a', message: 'two.' },
        ],
      }),
    );
    expect(problem.message).toBe('a must be set b must be set');
    expect(problem.fields).toEqual({ a: 'one. two.' });
  });

  it('says how long to wait after too many attempts', () => {
    expect(toProblem(httpError(429, { message: 'x' }, { 'Retry-After': '30' })).message).toBe(
      'Too many attempts. Try again in 30 seconds.',
    );
  });

  it.each([
    [0, null, 'TrueTrack cannot be reached.'],
    [401, '', 'Your session has ended.'],
    [404, null, 'Not found.'],
    [502, null, 'The server answered 502 X.'],
  ])('explains a %s without a body', (status, body, start) => {
    expect(toProblem(httpError(status, body)).message.startsWith(start)).toBe(true);
  });

  it('reads a JSON body that came as text, and plain text as the message', () => {
    expect(toProblem(httpError(409, '{"message":"Job is not waiting"}')).message).toBe('Job is not waiting');
    expect(toProblem(httpError(500, 'Gateway exploded')).message).toBe('Gateway exploded');
  });

  it('takes the message of any other error', () => {
    expect(toProblem(new Error('boom'))).toEqual({ status: -1, message: 'boom', fields: {} });
  });

  it('tells a missing route apart', () => {
    expect(isNotAvailable(toProblem(httpError(404, null)))).toBe(true);
    expect(isNotAvailable(toProblem(httpError(500, null)))).toBe(false);
  });
});
