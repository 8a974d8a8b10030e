import { observeHttpRequests, outcomeOfStatus, reportHttpRequest } from './http-observer.js';

describe('outcomeOfStatus', () => {
  it.each([
    [200, 'ok'],
    [304, 'ok'],
    [400, 'client_error'],
    [404, 'client_error'],
    [408, 'server_error'],
    [429, 'rate_limited'],
    [500, 'server_error'],
    [503, 'server_error'],
  ])('%i → %s', (status, outcome) => {
    expect(outcomeOfStatus(status)).toBe(outcome);
  });
});

describe('reportHttpRequest', () => {
  it('keeps telling the other observers when one throws', () => {
    const seen: string[] = [];
    const stopBroken = observeHttpRequests(() => {
      throw new Error('broken');
    });
    const stop = observeHttpRequests((record) => seen.push(record.outcome));
    reportHttpRequest({ baseUrl: 'http://x', method: 'GET', outcome: 'ok', status: 200, durationMs: 1 });
    stopBroken();
    stop();
    reportHttpRequest({ baseUrl: 'http://x', method: 'GET', outcome: 'ok', status: 200, durationMs: 1 });
    expect(seen).toEqual(['ok']);
  });
});
