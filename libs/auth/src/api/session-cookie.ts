import type { Request, Response } from 'express';
import { SESSION_COOKIE } from '../sessions/sessions.service.js';

/** HttpOnly (scripts cannot read it), SameSite=Lax (other sites cannot post with it), Secure over https. */
export function setSessionCookie(request: Request, response: Response, token: string, maxAgeMs: number): void {
  response.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.secure,
    path: '/',
    maxAge: maxAgeMs,
  });
}

export function clearSessionCookie(request: Request, response: Response): void {
  response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: request.secure, path: '/' });
}
