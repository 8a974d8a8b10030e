import http from 'node:http';
import type net from 'node:net';
import { EgressGuard, REFUSAL_HEADER } from './egress-guard.js';
import { type ResolveHost, SourceUrlPolicy } from './source-url-policy.js';

/** A web server on one loopback address that counts what reaches it. */
async function origin(
  host: string,
  port = 0,
): Promise<{ url: string; port: number; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.headers.host} ${req.url}`);
    res.end(`hello from ${host}`);
  });
  await new Promise<void>((resolve) => server.listen(port, host, () => resolve()));
  const bound = (server.address() as net.AddressInfo).port;
  return {
    url: `http://${host}:${bound}`,
    port: bound,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function viaProxy(proxy: string, target: string): Promise<{ status: number; body: string; refusal?: string }> {
  const { hostname, port } = new URL(proxy);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: hostname, port, path: target, headers: { host: URL.canParse(target) ? new URL(target).host : 'x' } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body, refusal: res.headers[REFUSAL_HEADER] as string | undefined }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** CONNECT through the proxy, then one plain HTTP request inside the tunnel. */
function tunnel(proxy: string, authority: string): Promise<{ status: number; body: string; refusal?: string }> {
  const { hostname, port } = new URL(proxy);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: hostname, port, method: 'CONNECT', path: authority });
    req.on('connect', (res, socket) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        resolve({ status: res.statusCode ?? 0, body: '', refusal: res.headers[REFUSAL_HEADER] as string | undefined });
        return;
      }
      let raw = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (raw += chunk));
      socket.on('end', () => resolve({ status: 200, body: raw.split('\r\n\r\n')[1] ?? '' }));
      socket.write(`GET /inside HTTP/1.1\r\nHost: ${authority}\r\nConnection: close\r\n\r\n`);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('EgressGuard', () => {
  const lookups: string[] = [];
  const dns: ResolveHost = async (host) => {
    lookups.push(host);
    if (host === 'stream.test') return ['127.0.0.1'];
    if (host === 'intranet.test') return ['127.0.0.2'];
    throw new Error(`ENOTFOUND ${host}`);
  };
  // 127.0.0.1 stands for a public host here; every other loopback address is what must stay unreachable.
  const policy = new SourceUrlPolicy(['127.0.0.1/32'], dns);
  const refusals: string[] = [];
  const guard = new EgressGuard(policy, { onRefusal: (target) => refusals.push(target) });
  let allowed: Awaited<ReturnType<typeof origin>>;
  let forbidden: Awaited<ReturnType<typeof origin>>;
  let proxy: string;

  beforeAll(async () => {
    allowed = await origin('127.0.0.1');
    forbidden = await origin('127.0.0.2');
    proxy = await guard.url();
  });
  afterAll(async () => {
    await guard.close();
    await allowed.close();
    await forbidden.close();
  });
  beforeEach(() => {
    lookups.length = 0;
    refusals.length = 0;
  });

  it('listens on loopback only and gives the same URL each time', async () => {
    expect(proxy).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await guard.url()).toBe(proxy);
  });

  it('passes a plain request to an allowed host, keeping its Host header', async () => {
    const answer = await viaProxy(proxy, `${allowed.url}/song.mp3?x=1`);
    expect(answer).toMatchObject({ status: 200, body: 'hello from 127.0.0.1' });
    expect(allowed.hits.at(-1)).toBe(`GET 127.0.0.1:${allowed.port} /song.mp3?x=1`);
  });

  it('refuses a plain request to a private address, says why, and never reaches it', async () => {
    const answer = await viaProxy(proxy, `${forbidden.url}/api/v1/auth/api-key`);
    expect(answer.status).toBe(403);
    expect(answer.refusal).toContain('127.0.0.2 is a loopback address');
    expect(forbidden.hits).toEqual([]);
    expect(refusals).toEqual([`http://127.0.0.2:${forbidden.port}`]);
  });

  it('refuses a name that resolves to a private address', async () => {
    const answer = await viaProxy(proxy, `http://intranet.test:${forbidden.port}/`);
    expect(answer.status).toBe(403);
    expect(answer.refusal).toContain('intranet.test (127.0.0.2)');
    expect(forbidden.hits).toEqual([]);
  });

  it('connects to the address it checked instead of asking DNS again', async () => {
    // stream.test exists only in the policy's resolver: reaching it proves the checked address was used.
    const answer = await viaProxy(proxy, `http://stream.test:${allowed.port}/a.ogg`);
    expect(answer).toMatchObject({ status: 200, body: 'hello from 127.0.0.1' });
    expect(lookups).toEqual(['stream.test']);
    expect(allowed.hits.at(-1)).toBe(`GET stream.test:${allowed.port} /a.ogg`);
  });

  it('tunnels CONNECT to an allowed host and refuses it to a private one', async () => {
    expect(await tunnel(proxy, `127.0.0.1:${allowed.port}`)).toMatchObject({
      status: 200,
      body: 'hello from 127.0.0.1',
    });
    const refused = await tunnel(proxy, `intranet.test:${forbidden.port}`);
    expect(refused.status).toBe(403);
    expect(refused.refusal).toContain('intranet.test (127.0.0.2) is a loopback address');
    expect(forbidden.hits).toEqual([]);
  });

  it('answers 400 to a request that is not for a proxy', async () => {
    expect((await viaProxy(proxy, '/relative')).status).toBe(400);
    expect((await tunnel(proxy, 'no-port')).status).toBe(400);
  });
});
