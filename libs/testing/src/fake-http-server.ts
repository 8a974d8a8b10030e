import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  method: string;
  /** Path and query as received, e.g. `/ws/2/recording?query=...`. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string or a Buffer as it is. */
  body?: unknown;
  /** Wait this long before answering (to provoke client timeouts). */
  delayMs?: number;
}

export type FakeHandler = (request: FakeRequest) => FakeResponse | Promise<FakeResponse>;

export interface FakeHttpServer {
  url: string;
  requests: FakeRequest[];
  /** Replaces the handler, e.g. to switch from failing to answering. */
  handle(handler: FakeHandler): void;
  close(): Promise<void>;
}

/** A stand-in for an internet service on 127.0.0.1, recording every request it gets. */
export async function startFakeHttpServer(handler: FakeHandler): Promise<FakeHttpServer> {
  let current = handler;
  const requests: FakeRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
      const request: FakeRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        path: parsed.pathname,
        query: parsed.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      };
      requests.push(request);
      void Promise.resolve(current(request)).then(async (response) => {
        if (response.delayMs) await new Promise((resolve) => setTimeout(resolve, response.delayMs));
        if (res.destroyed) return;
        const isText = typeof response.body === 'string';
        const body =
          response.body === undefined
            ? ''
            : isText || Buffer.isBuffer(response.body)
              ? (response.body as string | Buffer)
              : JSON.stringify(response.body);
        res.writeHead(response.status ?? 200, {
          'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json',
          ...response.headers,
        });
        res.end(body);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle: (next) => {
      current = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
