import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { setRequestPerson } from '@app/platform';
import { IS_ADMIN_ONLY } from '../admin-only.decorator.js';
import { IS_PUBLIC } from '../public.decorator.js';
import { Authenticator, type Caller } from './authenticator.js';
import { isCrossSiteWrite } from './cross-site.js';

/** The caller a request was let in as, for routes that care (sign-out, password change). */
export const CALLER = Symbol('truetrack:caller');
export type AuthenticatedRequest = Request & { [CALLER]?: Caller };

/**
 * Every route needs the API key or a session unless marked `@Public()`; `@AdminOnly()` routes need a session.
 * A refusal for missing credentials is a 401 with an empty body, as Lidarr answers, so clients that probe for it
 * behave. A browser's cross-site write is refused unless it carries the API key (which another site cannot know).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const targets = [context.getHandler(), context.getClass()];
    const open = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const adminOnly = this.reflector.getAllAndOverride<boolean>(IS_ADMIN_ONLY, targets);
    const caller = await this.authenticator.identify(request, { allowLocal: !adminOnly });
    request[CALLER] = caller;
    setRequestPerson(request, personOf(caller));
    if (caller.via !== 'apiKey' && isCrossSiteWrite(request, this.config.server.allowedOrigins))
      throw new ForbiddenException('Cross-site requests may not change anything; use the admin UI or the API key');
    if (adminOnly && caller.via !== 'session') {
      if (caller.via === 'none') this.refuse(context);
      throw new ForbiddenException(
        'Only a signed-in user may do this (the API key and the local-address exemption do not open ' +
          'Settings → Security); sign in to the admin UI',
      );
    }
    if (open || caller.via !== 'none') return true;
    this.refuse(context);
  }

  private refuse(context: ExecutionContext): never {
    refuse(context.switchToHttp().getResponse<Response>());
    throw new UnauthorizedException();
  }
}

/** The caller as the one string features keep things under (see `requestPerson`). */
export function personOf(caller: Caller): string {
  if (caller.via === 'session') return `user:${caller.userId}`;
  if (caller.via === 'apiKey') return 'api';
  return 'local';
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
