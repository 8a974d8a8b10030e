import { isIPv4, isIPv6 } from 'node:net';
import type { Request } from 'express';

/** Headers a proxy adds: a request carrying any of them may come from anywhere, whatever its socket says. */
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip', 'x-client-ip', 'via'];

/** 127.0.0.0/8 and ::1, also written as IPv4-mapped IPv6. Anything unparsable is not loopback. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  if (isIPv4(plain)) return plain.startsWith('127.');
  return isIPv6(plain) && plain === '::1';
}

/** `localhost`, `*.localhost` or a loopback literal: the names a page on this machine reaches the server by. */
export function isLoopbackHost(hostHeader: string | undefined): boolean {
  if (!hostHeader) return false;
  const host = hostHeader
    .trim()
    .toLowerCase()
    .replace(/:\d+$/, '')
    .replace(/^\[(.*)\]$/, '$1');
  return host === 'localhost' || host.endsWith('.localhost') || isLoopbackAddress(host);
}

/**
 * A request made on this machine, for "credentials not required for local addresses": the socket is loopback,
 * no proxy forwarded it (a proxy on this machine would make every visitor look local), and the Host header is a
 * loopback name (a DNS-rebinding page has its own name in Host). Private LAN ranges are not trusted: rootless
 * Docker/Podman NAT makes every client look like 10.0.2.x or 172.17.0.1.
 */
export function isLocalRequest(request: Pick<Request, 'headers' | 'socket'>): boolean {
  if (FORWARDING_HEADERS.some((name) => request.headers[name] !== undefined)) return false;
  return isLoopbackAddress(request.socket?.remoteAddress) && isLoopbackHost(request.headers.host);
}
