import { getEventListeners } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpClient, parseRetryAfter } from './http-client.js';

const now = Date.parse('2026-11-21T12:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120_000],
    [' 1 ', 1000],
    ['0', 0],
    ['Sat, 21 Nov 2026 12:00:30 GMT', 30_000],
    ['Sat, 21 Nov 2026 11:59:00 GMT', 0],
  ])('reads %j as %i ms from now', (header, ms) => {
    expect(parseRetryAfter(header, now)).toBe(ms);
  });

  it.each([[undefined], [''], ['soon'], [['1', '2']], [42]])('ignores %j', (header) => {
    expect(parseRetryAfter(header, now)).toBeUndefined();
  });
});

describe('HttpClient', () => {
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = createServer((_req, res) => res.setHeader('Content-Type', 'application/json').end('{"ok":true}'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('leaves no listener on a signal shared by many rate-limited requests (a long history import)', async () => {
    const client = new HttpClient({ baseUrl, timeoutMs: 5_000, userAgent: 'test', minIntervalMs: 5 });
    const cancel = new AbortController();
    for (let i = 0; i < 12; i++) {
      expect(await client.getJson('page', { i }, cancel.signal)).toMatchObject({ status: 200, data: { ok: true } });
    }
    expect(getEventListeners(cancel.signal, 'abort')).toHaveLength(0);
  });
});
