import http from 'node:http';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import type { SourceUrlPolicy } from './source-url-policy.js';

/** Headers that belong to one hop and are not passed on. */
const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
];

/** Where a refused connection says why, for the tool's error output and the log. */
export const REFUSAL_HEADER = 'x-truetrack-refusal';

export interface EgressGuardOptions {
  /** Told about every refusal (the tool behind the guard only sees a 403). */
  onRefusal?: (target: string, refusal: string) => void;
  /** An http proxy every admitted connection goes through (the person's own proxy for the tool). */
  upstream?: string;
}

/**
 * A forward proxy on loopback that the download tool is pointed at, so that every connection it makes — the first
 * URL, each redirect, every fragment — meets the source policy, not only the URL a person sent. It connects to the
 * address it checked, never to a second DNS answer, so a name that resolves publicly once and privately the next
 * time (DNS rebinding) cannot reach the LAN either.
 */
export class EgressGuard {
  private server: http.Server | undefined;
  private starting: Promise<string> | undefined;
  private readonly sockets = new Set<Duplex>();

  private readonly upstream: URL | undefined;

  constructor(
    private readonly policy: SourceUrlPolicy,
    private readonly options: EgressGuardOptions = {},
  ) {
    this.upstream = options.upstream ? new URL(options.upstream) : undefined;
    if (this.upstream && this.upstream.protocol !== 'http:') {
      throw new Error(`The source guard chains to http proxies only, not ${this.upstream.protocol}`);
    }
  }

  /** The proxy URL to hand the tool, starting the guard on first use. */
  url(): Promise<string> {
    this.starting ??= this.start();
    return this.starting;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.starting = undefined;
    if (!server) return;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async start(): Promise<string> {
    const server = http.createServer((req, res) => void this.forward(req, res));
    server.on('connect', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
      void this.tunnel(req, socket, head);
    });
    server.on('connection', (socket: net.Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    server.on('clientError', (_error, socket) => socket.destroy());
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    const { port } = server.address() as net.AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** CONNECT host:port (https): checked, then a byte tunnel to the checked address. */
  private async tunnel(req: http.IncomingMessage, client: Duplex, head: Buffer): Promise<void> {
    client.on('error', () => client.destroy());
    const target = parseAuthority(req.url ?? '');
    if (!target) return refuseSocket(client, 400, 'a CONNECT target is host:port');
    const admitted = await this.policy.admit(target.host);
    if ('refusal' in admitted) {
      this.options.onRefusal?.(`${target.host}:${target.port}`, admitted.refusal);
      return refuseSocket(client, 403, admitted.refusal);
    }
    const via = this.upstream;
    const upstream = via
      ? net.connect({ host: via.hostname.replace(/^\[|\]$/g, ''), port: Number(via.port || 80) })
      : net.connect({ host: admitted.addresses[0], port: target.port });
    this.sockets.add(upstream);
    upstream.on('close', () => this.sockets.delete(upstream));
    upstream.once('connect', () => {
      if (via) {
        // The person's proxy opens the tunnel and answers the tool itself.
        upstream.write(`CONNECT ${req.url} HTTP/1.1\r\nHost: ${req.url}\r\n${proxyAuthorization(via)}\r\n`);
      } else {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      }
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => {
      if (upstream.connecting) refuseSocket(client, 502, `${target.host}:${target.port} cannot be reached`);
      else client.destroy();
    });
    client.on('close', () => upstream.destroy());
  }

  /** An absolute-form request (plain http): checked, then sent to the checked address with the original Host. */
  private async forward(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '');
    } catch {
      return refuse(res, 400, 'the proxy takes absolute http URLs');
    }
    if (url.protocol !== 'http:') return refuse(res, 400, `${url.protocol} is not proxied`);
    const admitted = await this.policy.admit(url.hostname);
    if ('refusal' in admitted) {
      this.options.onRefusal?.(url.origin, admitted.refusal);
      return refuse(res, 403, admitted.refusal);
    }
    const headers = { ...req.headers };
    for (const name of HOP_BY_HOP) delete headers[name];
    const via = this.upstream;
    const outbound = http.request({
      host: via ? via.hostname.replace(/^\[|\]$/g, '') : admitted.addresses[0],
      port: via ? via.port || 80 : url.port || 80,
      method: req.method,
      path: via ? url.href : `${url.pathname}${url.search}`,
      headers: {
        ...headers,
        host: url.host,
        ...(via?.username && { 'proxy-authorization': basicCredentials(via) }),
      },
    });
    outbound.on('response', (answer) => {
      const back = { ...answer.headers };
      for (const name of HOP_BY_HOP) delete back[name];
      res.writeHead(answer.statusCode ?? 502, back);
      answer.pipe(res);
    });
    outbound.on('error', () => {
      if (!res.headersSent) refuse(res, 502, `${url.host} cannot be reached`);
      else res.destroy();
    });
    res.on('close', () => outbound.destroy());
    req.pipe(outbound);
  }
}

function basicCredentials(proxy: URL): string | undefined {
  if (!proxy.username) return undefined;
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return `Basic ${Buffer.from(credentials).toString('base64')}`;
}

function proxyAuthorization(proxy: URL): string {
  const credentials = basicCredentials(proxy);
  return credentials ? `Proxy-Authorization: ${credentials}\r\n` : '';
}

function parseAuthority(authority: string): { host: string; port: number } | undefined {
  const match = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(authority);
  if (!match) return undefined;
  const port = Number(match[2]);
  return port > 0 && port < 65536 ? { host: match[1]!, port } : undefined;
}

function refuse(res: http.ServerResponse, status: number, reason: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', [REFUSAL_HEADER]: headerSafe(reason) });
  res.end(`${reason}\n`);
}

function refuseSocket(socket: Duplex, status: number, reason: string): void {
  const text = http.STATUS_CODES[status] ?? 'Refused';
  socket.end(`HTTP/1.1 ${status} ${text}\r\n${REFUSAL_HEADER}: ${headerSafe(reason)}\r\nConnection: close\r\n\r\n`);
}

const headerSafe = (text: string) => text.replace(/[^\x20-\x7e]/g, '?');
