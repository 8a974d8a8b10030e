import type { Request } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A state-changing request a browser sent on behalf of another site (a form post, a bodiless or text/plain
 * fetch, which need no CORS preflight). `Sec-Fetch-Site` says so directly in current browsers; without it, an
 * `Origin` whose host is neither the Host (or a trusted proxy's X-Forwarded-Host) nor an allowed origin does.
 */
export function isCrossSiteWrite(request: Request, allowedOrigins: readonly string[]): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const fetchSite = header(request, 'sec-fetch-site');
  if (fetchSite) return fetchSite !== 'same-origin' && fetchSite !== 'none';
  const origin = header(request, 'origin');
  if (!origin) return false;
  if (origin === 'null') return true;
  if (allowedOrigins.some((allowed) => allowed === '*' || allowed.toLowerCase() === origin)) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return true;
  }
  const trusted = Boolean(request.app?.get('trust proxy'));
  const forwardedHost = trusted ? header(request, 'x-forwarded-host')?.split(',')[0]?.trim() : undefined;
  return ![header(request, 'host'), forwardedHost].some((host) => host?.toLowerCase() === originHost);
}

function header(request: Request, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' && value ? value.toLowerCase() : undefined;
}
