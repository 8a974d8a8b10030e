import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How one path answers. */
export type FileRoute =
  | { kind: 'file'; body: Buffer; contentType: string; chunkBytes?: number; chunkDelayMs?: number }
  | { kind: 'status'; status: number }
  | { kind: 'redirect'; location: string }
  /** Announces the whole body in Content-Length, sends `sendBytes` of it, then drops the connection. */
  | { kind: 'truncated'; body: Buffer; contentType: string; sendBytes: number };

export interface FileServer {
  url: string;
  /** Every request's method and path, in order. */
  hits: string[];
  route(path: string, route: FileRoute): void;
  close(): Promise<void>;
}

/** A loopback server that streams binary bodies with a real Content-Length, optionally slowly or cut short. */
export async function startYtDlpFileServer(host = '127.0.0.1'): Promise<FileServer> {
  const routes = new Map<string, FileRoute>();
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const route = routes.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!route) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    void answer(req, res, route);
  });
  await new Promise<void>((done) => server.listen(0, host, done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    hits,
    route: (path, route) => void routes.set(path, route),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function answer(req: IncomingMessage, res: ServerResponse, route: FileRoute): Promise<void> {
  if (route.kind === 'status') return void res.writeHead(route.status, { 'content-type': 'text/plain' }).end('boom');
  if (route.kind === 'redirect') return void res.writeHead(302, { location: route.location }).end();
  res.writeHead(200, { 'content-type': route.contentType, 'content-length': String(route.body.length) });
  if (req.method === 'HEAD') return void res.end();
  if (route.kind === 'truncated') {
    res.write(route.body.subarray(0, route.sendBytes));
    return void setTimeout(() => res.destroy(), 50);
  }
  const step = route.chunkBytes ?? route.body.length;
  for (let offset = 0; offset < route.body.length && !res.destroyed; offset += step) {
    res.write(route.body.subarray(offset, offset + step));
    if (route.chunkDelayMs) await new Promise((done) => setTimeout(done, route.chunkDelayMs));
  }
  if (!res.destroyed) res.end();
}

/**
 * The paced routes of an Ogg Opus body: `/slow.opus` (4 KiB every 80 ms: progress lines before it ends),
 * `/crawl.opus` (1 KiB every 300 ms: still downloading when a test cancels it) and `/fail.opus` (HTTP 500).
 */
export function routePacedOpus(server: FileServer, opus: Buffer): void {
  server.route('/slow.opus', {
    kind: 'file',
    body: opus,
    contentType: 'audio/ogg',
    chunkBytes: 4096,
    chunkDelayMs: 80,
  });
  server.route('/crawl.opus', {
    kind: 'file',
    body: opus,
    contentType: 'audio/ogg',
    chunkBytes: 1024,
    chunkDelayMs: 300,
  });
  server.route('/fail.opus', { kind: 'status', status: 500 });
}
