import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ApiKeys } from '../api-key/api-keys.service.js';
import { Sessions, SESSION_COOKIE } from '../sessions/sessions.service.js';
import { AuthSettings } from './auth-settings.service.js';
import { isLocalAddress } from './local-address.js';

export type Caller =
  { via: 'apiKey' } | { via: 'session'; userId: string; token: string } | { via: 'localAddress' } | { via: 'none' };

/** Who is calling: the API key (header, query or bearer), a session cookie, or a local address when allowed. */
@Injectable()
export class Authenticator {
  constructor(
    private readonly apiKeys: ApiKeys,
    private readonly sessions: Sessions,
    private readonly settings: AuthSettings,
  ) {}

  async identify(request: Request): Promise<Caller> {
    const key = presentedKey(request);
    if (key !== undefined && (await this.apiKeys.matches(key))) return { via: 'apiKey' };
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (token) {
      const userId = await this.sessions.userOf(token);
      if (userId) return { via: 'session', userId, token };
    }
    if ((await this.settings.authenticationRequired()) === 'disabledForLocalAddresses' && isLocal(request))
      return { via: 'localAddress' };
    return { via: 'none' };
  }
}

/** The key from `X-Api-Key`, an `apikey` query parameter (any case) or `Authorization: Bearer`. */
export function presentedKey(request: Pick<Request, 'headers' | 'url'>): string | undefined {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header) return header.trim();
  const query = new URL(request.url ?? '/', 'http://x').searchParams;
  for (const [name, value] of query) if (name.toLowerCase() === 'apikey' && value) return value.trim();
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return bearer?.[1];
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
}

/**
 * A request from a local address. Without a trusted proxy, a forwarded request is never local: a reverse
 * proxy on the same machine would otherwise make every visitor from the internet look local.
 */
function isLocal(request: Request): boolean {
  const trusted = Boolean(request.app?.get('trust proxy'));
  if (!trusted && request.headers['x-forwarded-for'] !== undefined) return false;
  return isLocalAddress(request.ip ?? request.socket?.remoteAddress);
}
