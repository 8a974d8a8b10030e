const SECRET_QUERY = /([?&;](?:apikey|api_key|token|access_token|password|secret)=)[^&;#\s]*/gi;
const BEARER = /(\bBearer\s+)[^\s"',;]+/gi;
const KEY_HEADER = /(\bx-api-key["']?\s*[:=]\s*["']?)[^\s"',;}]+/gi;

/** A message or URL with API keys, tokens and passwords replaced by `[redacted]`. */
export function scrubSecrets(text: string): string {
  return text.replace(SECRET_QUERY, '$1[redacted]').replace(BEARER, '$1[redacted]').replace(KEY_HEADER, '$1[redacted]');
}

/** Structured fields pino blanks out wherever they appear in a logged object. */
export const REDACTED_PATHS = [
  'apiKey',
  'apikey',
  'password',
  'token',
  'secret',
  'authorization',
  'cookie',
  '*.apiKey',
  '*.apikey',
  '*.password',
  '*.token',
  '*.secret',
  '*.authorization',
  '*.cookie',
  '*["x-api-key"]',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["x-api-key"]',
];
