import type { IncomingMessage } from 'node:http';

/**
 * Who a request comes from, as the application's authentication sees it (`Authenticator` of @app/auth, handed in
 * by the composition root): `none` when it carries neither the API key nor an admin session.
 */
export interface CallerCheck {
  identify(request: IncomingMessage): Promise<{ via: string }>;
}

export const CALLER_CHECK = Symbol('CALLER_CHECK');
