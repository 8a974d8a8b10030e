import { jest } from '@jest/globals';
import { type ArgumentsHost, Logger } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import { NotFoundError } from '@app/core';
import { HttpErrorFilter } from './http-error.filter.js';

function setup(headersSent = false) {
  const adapter = {
    reply: jest.fn(),
    end: jest.fn(),
    isHeadersSent: jest.fn(() => headersSent),
    getRequestMethod: jest.fn(() => 'POST'),
    getRequestUrl: jest.fn(() => '/api/v1/jobs?apikey=secret'),
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({}), getResponse: () => ({}) }),
  } as unknown as ArgumentsHost;
  const sut = new HttpErrorFilter({ httpAdapter: adapter } as unknown as HttpAdapterHost);
  const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  return { sut, adapter, host, logged };
}

afterEach(() => jest.restoreAllMocks());

describe('HttpErrorFilter', () => {
  it('answers a domain error without logging it', () => {
    const { sut, adapter, host, logged } = setup();
    sut.catch(new NotFoundError('No job with id x'), host);
    expect(adapter.reply).toHaveBeenCalledWith({}, expect.objectContaining({ statusCode: 404 }), 404);
    expect(logged).not.toHaveBeenCalled();
  });

  it('logs a server fault once with its stack, without the query string, and answers a generic 500', () => {
    const { sut, adapter, host, logged } = setup();
    const error = new TypeError('x is undefined');
    sut.catch(error, host);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged).toHaveBeenCalledWith('POST /api/v1/jobs failed: TypeError: x is undefined', error.stack);
    expect(adapter.reply).toHaveBeenCalledWith({}, expect.objectContaining({ statusCode: 500, errors: [] }), 500);
  });

  it('only ends a response whose headers are already out', () => {
    const { sut, adapter, host } = setup(true);
    sut.catch(new Error('late'), host);
    expect(adapter.reply).not.toHaveBeenCalled();
    expect(adapter.end).toHaveBeenCalled();
  });
});
