import { readFileSync } from 'node:fs';
import { RetryableError } from '@app/core';
import { readAnswer } from './lastfm-api.js';
import { LastfmApiError, type LastfmFailureKind, lastfmFailureKind } from './lastfm-error.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8')) as unknown;

describe('lastfmFailureKind', () => {
  it.each<[number, string, LastfmFailureKind]>([
    [8, 'Operation failed', 'retry'],
    [11, 'Service Offline', 'retry'],
    [16, 'There was a temporary error processing your request', 'retry'],
    [29, 'Rate limit exceeded', 'retry'],
    [10, 'Invalid API key', 'retry'],
    [13, 'Invalid method signature supplied', 'retry'],
    [26, 'Suspended API key', 'retry'],
    [9, 'Invalid session key - Please re-authenticate', 'session'],
    [4, 'Authentication Failed', 'session'],
    [6, 'Invalid parameters', 'drop'],
    [3, 'Invalid Method', 'drop'],
    [17, 'Login: User required to be logged in', 'drop'],
  ])('error %i (%s): %s', (code, _, kind) => {
    expect(lastfmFailureKind(code)).toBe(kind);
  });
});

describe('readAnswer', () => {
  it('reads a recorded error body as Last.fm’s code, whatever the HTTP status', () => {
    for (const status of [200, 403]) {
      let thrown: unknown;
      try {
        readAnswer(status, fixture('lastfm-error-17-private-user.json'));
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(LastfmApiError);
      expect((thrown as LastfmApiError).code).toBe(17);
    }
  });

  it('takes a 4xx without an error body as a failure worth another try', () => {
    expect(() => readAnswer(404, '<html>Not Found</html>')).toThrow(RetryableError);
  });

  it('hands back an answer', () => {
    const answer = { scrobbles: { '@attr': { accepted: 1, ignored: 0 } } };
    expect(readAnswer(200, answer)).toBe(answer);
  });
});
