import type { Request } from 'express';
import { isCrossSiteWrite } from './cross-site.js';

const req = (method: string, headers: Record<string, string>, trustProxy: unknown = false) =>
  ({ method, headers, app: { get: () => trustProxy } }) as unknown as Request;

describe('isCrossSiteWrite', () => {
  it.each<[string, string, Record<string, string>]>([
    ['a form post from another site', 'POST', { host: 'nas:8000', 'sec-fetch-site': 'cross-site' }],
    ['a post from a sibling subdomain', 'PUT', { host: 'music.home', 'sec-fetch-site': 'same-site' }],
    ['an older browser posting with another Origin', 'POST', { host: 'nas:8000', origin: 'http://evil.example' }],
    ['a sandboxed page (Origin: null)', 'DELETE', { host: 'nas:8000', origin: 'null' }],
  ])('refuses %s', (_name, method, headers) => expect(isCrossSiteWrite(req(method, headers), [])).toBe(true));

  it.each<[string, string, Record<string, string>, string[]]>([
    ['a read from anywhere', 'GET', { host: 'nas:8000', 'sec-fetch-site': 'cross-site' }, []],
    ['the admin UI itself', 'POST', { host: 'nas:8000', 'sec-fetch-site': 'same-origin' }, []],
    ['a typed-in navigation', 'POST', { host: 'nas:8000', 'sec-fetch-site': 'none' }, []],
    ['a server-to-server webhook (no browser headers)', 'POST', { host: 'nas:8000' }, []],
    ['an older browser on the same origin', 'POST', { host: 'nas:8000', origin: 'http://nas:8000' }, []],
    [
      'an origin allowed by ALLOWED_ORIGINS',
      'POST',
      { host: 'nas:8000', origin: 'http://dash:3000' },
      ['http://dash:3000'],
    ],
  ])('lets %s through', (_name, method, headers, allowed) =>
    expect(isCrossSiteWrite(req(method, headers), allowed)).toBe(false),
  );

  it('compares Origin with a trusted proxy’s X-Forwarded-Host, and only a trusted one', () => {
    const headers = {
      host: 'truetrack:8000',
      origin: 'https://music.example.com',
      'x-forwarded-host': 'music.example.com',
    };
    expect(isCrossSiteWrite(req('POST', headers, 1), [])).toBe(false);
    expect(isCrossSiteWrite(req('POST', headers, false), [])).toBe(true);
  });
});
