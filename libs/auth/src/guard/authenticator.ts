import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ApiKeys } from '../api-key/api-keys.service.js';
import { Sessions, SESSION_COOKIE } from '../sessions/sessions.service.js';
import { AuthSettings } from './auth-settings.service.js';
import { isLocalRequest } from './local-address.js';

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

  /** `allowLocal: false` leaves the local-address exemption out (routes that change who may get in). */
  async identify(request: Request, { allowLocal = true } = {}): Promise<Caller> {
    const key = presentedKey(request);
    if (key !== undefined && (await this.apiKeys.matches(key))) return { via: 'apiKey' };
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (token) {
      const userId = await this.sessions.userOf(token);
      if (userId) return { via: 'session', userId, token };
    }
    if (
      allowLocal &&
      isLocalRequest(request) &&
      (await this.settings.authenticationRequired()) === 'disabledForLocalAddresses'
    )
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

/** A cookie's value; a malformed one (bad percent-encoding) is no cookie at all, not a server error. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
