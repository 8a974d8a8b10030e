import { PermanentError, RetryableError } from '@app/core';
import { describeFailure, failedStatus } from './http-failure.js';

describe('describeFailure', () => {
  it('keeps the status of an answer, without its URL', () => {
    const error = new PermanentError('https://discord.com/api/webhooks/1/secret-token: HTTP 404', {
      details: { status: 404 },
    });
    expect(failedStatus(error)).toBe(404);
    expect(describeFailure(error)).toBe('HTTP 404');
  });

  it('cuts URLs to their origin when no answer came', () => {
    const error = new RetryableError('https://discord.com/api/webhooks/1/secret-token: timed out');
    expect(failedStatus(error)).toBeUndefined();
    expect(describeFailure(error)).toBe('https://discord.com timed out');
  });
});
