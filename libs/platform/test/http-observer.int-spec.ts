import { type FakeHttpServer, startFakeHttpServer } from '@app/testing';
import { HttpClient, type HttpRequestRecord, observeHttpRequests } from '@app/platform';

describe('HttpClient request observers', () => {
  let server: FakeHttpServer;
  let seen: HttpRequestRecord[];
  let stop: () => void;

  beforeEach(async () => {
    seen = [];
    stop = observeHttpRequests((record) => seen.push(record));
    server = await startFakeHttpServer((request) =>
      request.path === '/busy' ? { status: 503 } : request.path === '/missing' ? { status: 404 } : { body: {} },
    );
  });

  afterEach(async () => {
    stop();
    await server.close();
  });

  const client = () => new HttpClient({ baseUrl: server.url, timeoutMs: 2000, userAgent: 'TrueTrack', retryBaseMs: 1 });

  it('reports every attempt with its outcome and status', async () => {
    await client().getJson('/ok');
    await expect(client().getJson('/missing')).rejects.toThrow('HTTP 404');
    await expect(client().getJson('/busy')).rejects.toThrow('HTTP 503');
    expect(seen.map((r) => [r.outcome, r.status])).toEqual([
      ['ok', 200],
      ['client_error', 404],
      ['server_error', 503],
      ['server_error', 503],
      ['server_error', 503],
    ]);
    expect(seen.every((r) => r.baseUrl === server.url && r.method === 'GET' && r.durationMs >= 0)).toBe(true);
  });

  it('reports a refused connection as a network error and stops reporting once unsubscribed', async () => {
    const closed = new HttpClient({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 2000, userAgent: 'T', maxRetries: 0 });
    await expect(closed.getJson('/x')).rejects.toThrow();
    stop();
    await client().getJson('/ok');
    expect(seen.map((r) => r.outcome)).toEqual(['network_error']);
  });
});

describe('HttpClient answer size', () => {
  let server: FakeHttpServer;
  beforeEach(async () => {
    server = await startFakeHttpServer((request) =>
      request.path === '/huge' ? { body: { padding: 'x'.repeat(200_000) } } : { body: { ok: true } },
    );
  });
  afterEach(() => server.close());

  const client = () =>
    new HttpClient({ baseUrl: server.url, timeoutMs: 2000, userAgent: 'T', retryBaseMs: 1, maxResponseBytes: 100_000 });

  it('reads at most maxResponseBytes of an answer and fails for good beyond it, without retrying', async () => {
    await expect(client().getJson('/ok')).resolves.toMatchObject({ data: { ok: true } });
    await expect(client().getJson('/huge')).rejects.toThrow(/the answer is larger than the 100000 bytes read/);
    expect(server.requests.filter((r) => r.path === '/huge')).toHaveLength(1);
  });

  it('reads only a little of a delivery answer, whose body nobody looks at', async () => {
    const big = new HttpClient({ baseUrl: server.url, timeoutMs: 2000, userAgent: 'T', maxRetries: 0 });
    await expect(big.send({ method: 'POST', path: '/huge', body: {} })).rejects.toThrow(/larger than the 65536 bytes/);
    await expect(big.send({ method: 'POST', path: '/ok', body: {} })).resolves.toBe(200);
  });
});
