import type { Request } from 'express';
import { isLocalRequest, isLoopbackAddress, isLoopbackHost } from './local-address.js';

describe('isLoopbackAddress', () => {
  it.each(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])('%s is loopback', (address) =>
    expect(isLoopbackAddress(address)).toBe(true),
  );

  it.each([
    // LAN and container-NAT addresses are not this machine: rootless Docker/Podman makes every client one of them.
    '10.0.2.2',
    '172.17.0.1',
    '192.168.1.20',
    '169.254.3.4',
    'fd12:3456::1',
    'fe80::1',
    '::ffff:192.168.1.2',
    '8.8.8.8',
    '',
    undefined,
    'localhost',
    '127.0.0.1.evil',
  ])('%s is not loopback', (address) => expect(isLoopbackAddress(address)).toBe(false));
});

describe('isLoopbackHost', () => {
  it.each(['localhost:8000', 'LOCALHOST', '127.0.0.1:8000', '[::1]:8000', 'truetrack.localhost'])('%s', (host) =>
    expect(isLoopbackHost(host)).toBe(true),
  );
  it.each(['rebind.attacker.example:8000', 'nas.lan:8000', '192.168.1.5:8000', '', undefined])('not %s', (host) =>
    expect(isLoopbackHost(host)).toBe(false),
  );
});

describe('isLocalRequest', () => {
  const req = (remoteAddress: string, headers: Record<string, string>) =>
    ({ socket: { remoteAddress }, headers }) as unknown as Pick<Request, 'headers' | 'socket'>;

  it('is a loopback socket with a loopback Host and no forwarding header', () => {
    expect(isLocalRequest(req('127.0.0.1', { host: 'localhost:8000' }))).toBe(true);
  });

  it.each<[string, string, Record<string, string>]>([
    ['a DNS-rebinding page (its own name in Host)', '127.0.0.1', { host: 'rebind.attacker.example:8000' }],
    ['a proxy that sends X-Forwarded-For', '127.0.0.1', { host: 'localhost', 'x-forwarded-for': '203.0.113.9' }],
    ['a proxy that sends only X-Real-IP', '127.0.0.1', { host: 'localhost', 'x-real-ip': '203.0.113.9' }],
    ['a proxy that sends only Forwarded', '127.0.0.1', { host: 'localhost', forwarded: 'for=203.0.113.9' }],
    ['a LAN client', '192.168.1.20', { host: 'localhost' }],
    ['a client behind container NAT', '172.17.0.1', { host: '127.0.0.1:8000' }],
  ])('is not %s', (_name, address, headers) => expect(isLocalRequest(req(address, headers))).toBe(false));
});
