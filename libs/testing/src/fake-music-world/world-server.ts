import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeRequest } from '../fake-http-server.js';
import type { Faults } from './faults.js';

export interface WorldReply {
  status?: number;
  headers?: Record<string, string>;
  /** A Buffer is sent as bytes (with Range support), a string as text, anything else as JSON. */
  body?: unknown;
}

export type WorldHandler = (request: FakeRequest) => WorldReply | Promise<WorldReply>;

export interface WorldServer {
  url: string;
  requests(): number;
  close(): Promise<void>;
}

/** Slowed-down bytes arrive in this many pieces, spread over the delay. */
const PIECES = 10;

/**
 * One fake of the world on 127.0.0.1: answers through `handler` unless `faults` says this request fails or
 * never gets an answer; a slow-down delays JSON answers and spreads byte bodies over the delay.
 */
export async function startWorldServer(target: string, faults: Faults, handler: WorldHandler): Promise<WorldServer> {
  let count = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      count++;
      const fault = faults.take(target);
      if (fault?.kind === 'timeout') return;
      if (fault) return void send(res, { status: fault.status, body: { error: `fake ${target} failure` } });
      void Promise.resolve(handler(toRequest(req, Buffer.concat(chunks))))
        .then((reply) => answer(req, res, reply, faults.delayOf(target)))
        .catch((error: Error) => send(res, { status: 500, body: { error: error.message } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => count,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function toRequest(req: IncomingMessage, body: Buffer): FakeRequest {
  const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
  return {
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    path: parsed.pathname,
    query: parsed.searchParams,
    headers: req.headers,
    body: body.toString('utf8'),
    at: Date.now(),
  };
}

async function answer(req: IncomingMessage, res: ServerResponse, reply: WorldReply, delayMs: number): Promise<void> {
  if (!Buffer.isBuffer(reply.body)) {
    if (delayMs) await sleep(delayMs);
    return send(res, reply);
  }
  const { status, headers, bytes } = ranged(req, reply.body);
  res.writeHead(reply.status ?? status, { ...reply.headers, ...headers });
  if (req.method === 'HEAD') return void res.end();
  const step = delayMs ? Math.ceil(bytes.length / PIECES) : bytes.length;
  for (let offset = 0; offset < bytes.length && !res.destroyed; offset += step) {
    res.write(bytes.subarray(offset, offset + step));
    if (delayMs) await sleep(delayMs / PIECES);
  }
  if (!res.destroyed) res.end();
}

/** The whole body, or the part a `Range: bytes=a-b` header asks for. */
function ranged(req: IncomingMessage, body: Buffer) {
  const base = { 'accept-ranges': 'bytes' };
  const match = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  if (!match || (!match[1] && !match[2])) {
    return { status: 200, headers: { ...base, 'content-length': String(body.length) }, bytes: body };
  }
  const start = match[1] ? Number(match[1]) : Math.max(0, body.length - Number(match[2]));
  const end = match[1] && match[2] ? Math.min(Number(match[2]), body.length - 1) : body.length - 1;
  if (start >= body.length || start > end) {
    return { status: 416, headers: { ...base, 'content-range': `bytes */${body.length}` }, bytes: Buffer.alloc(0) };
  }
  const headers = {
    ...base,
    'content-length': String(end - start + 1),
    'content-range': `bytes ${start}-${end}/${body.length}`,
  };
  return { status: 206, headers, bytes: body.subarray(start, end + 1) };
}

function send(res: ServerResponse, reply: WorldReply): void {
  if (res.destroyed) return;
  const isText = typeof reply.body === 'string';
  const body = reply.body === undefined ? '' : isText ? (reply.body as string) : JSON.stringify(reply.body);
  res.writeHead(reply.status ?? 200, {
    'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    ...reply.headers,
  });
  res.end(body);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
