import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * What the admin UI needs and nothing more. Measured in Chromium against the built UI: scripts and styles come
 * from the server itself; Angular inserts component styles as <style> elements, hence 'unsafe-inline' for
 * styles only (scripts stay strict); covers and the player load from the API (same origin) or blob: URLs.
 */
export const CONTENT_SECURITY_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'media-src': ["'self'", 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Helmet's headers on every answer: a strict Content-Security-Policy, `nosniff`, no framing, no referrer
 * leaking across origins. Two of helmet's defaults are off on purpose: `upgrade-insecure-requests` would send
 * a plain-http LAN install's own scripts to https, and HSTS belongs to the TLS proxy in front (it knows whether
 * every subdomain speaks https).
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...CONTENT_SECURITY_POLICY, 'upgrade-insecure-requests': null },
    },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
  });
}
