import { ListenBrainzError } from './listenbrainz-error.js';
import { listenTokenOf } from './listen-token-header.js';

describe('listenTokenOf', () => {
  it.each(['Token abc-123', 'token abc-123', 'TOKEN   abc-123 '])('reads %j', (header) => {
    expect(listenTokenOf(header)).toBe('abc-123');
  });

  it.each<[string | undefined, string]>([
    [undefined, 'You need to provide an Authorization header.'],
    ['', 'You need to provide an Authorization header.'],
    ['Token', 'Provided Authorization header is invalid.'],
    ['Bearer abc-123', 'Provided Authorization header is invalid.'],
  ])('refuses %j with a 401: %s', (header, message) => {
    expect(() => listenTokenOf(header)).toThrow(new ListenBrainzError(401, message));
    try {
      listenTokenOf(header);
    } catch (error) {
      expect((error as ListenBrainzError).status).toBe(401);
    }
  });
});
