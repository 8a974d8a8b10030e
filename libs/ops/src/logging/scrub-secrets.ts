const SECRET_NAMES = new Set(['apikey', 'api_key', 'token', 'access_token', 'password', 'secret', 'setuptoken']);
/** Any query parameter: its name is judged after percent-decoding, as the server itself reads it. */
const QUERY_PARAMETER = /([?&;])([^=&;#\s?]{1,100})=([^&;#\s]*)/g;
const BEARER = /(\bBearer\s+)[^\s"',;]+/gi;
const KEY_HEADER = /(\bx-api-key["']?\s*[:=]\s*["']?)[^\s"',;}]+/gi;

/** A message or URL with API keys, tokens and passwords replaced by `[redacted]`. */
export function scrubSecrets(text: string): string {
  return text
    .replace(QUERY_PARAMETER, (whole, separator: string, name: string) =>
      SECRET_NAMES.has(decodedName(name)) ? `${separator}${name}=[redacted]` : whole,
    )
    .replace(BEARER, '$1[redacted]')
    .replace(KEY_HEADER, '$1[redacted]');
}

/** `%61pikey`, `api%5Fkey` and `API+KEY`-style spellings of a name, lowercased; undecodable stays as is. */
function decodedName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    return name.toLowerCase();
  }
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
