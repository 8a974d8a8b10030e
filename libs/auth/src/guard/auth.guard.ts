import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { IS_PUBLIC } from '../public.decorator.js';
import { Authenticator, type Caller } from './authenticator.js';

/** The caller a request was let in as, for routes that care (sign-out, password change). */
export const CALLER = Symbol('truetrack:caller');
export type AuthenticatedRequest = Request & { [CALLER]?: Caller };

/**
 * Every route needs the API key or a session unless marked `@Public()`. A refusal is a 401 with an empty
 * body, as Lidarr answers, so clients that probe for it behave.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const open = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const caller = await this.authenticator.identify(request);
    request[CALLER] = caller;
    if (open || caller.via !== 'none') return true;
    refuse(context.switchToHttp().getResponse<Response>());
    throw new UnauthorizedException();
  }
}

/** Who the global guard found a request comes from; undefined before the guard ran (e.g. in body parsing). */
export function callerOf(request: object): Caller | undefined {
  return (request as AuthenticatedRequest)[CALLER];
}

/** Ends the answer as a bare 401; the error filter then only closes it. */
export function refuse(response: Response): void {
  if (response.headersSent) return;
  response.status(401).setHeader('Content-Length', '0');
  response.end();
}
