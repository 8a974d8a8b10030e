import { ValidationError } from '@app/core';

export type ClientKind = 'qbittorrent' | 'transmission';
export const CLIENT_KINDS: readonly ClientKind[] = ['qbittorrent', 'transmission'];

export interface ClientInput {
  kind: ClientKind;
  url: string;
  username: string;
  password: string;
  /** qBittorrent category / Transmission label of TrueTrack's torrents. */
  category: string;
  seedRatio?: number;
  seedMinutes?: number;
  enabled: boolean;
}

const MASK = '********';
export const DEFAULT_CATEGORY = 'truetrack';

/** A password as the API shows it: the mask when one is stored, nothing when none is. */
export function maskPassword(password: string): string {
  return password ? MASK : '';
}

function optionalText(body: Record<string, unknown>, field: string, max: number): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ValidationError(field, `${field} must be text`);
  if (value.length > max) throw new ValidationError(field, `${field} is longer than ${max} characters`);
  return value.trim();
}

function kind(value: unknown): ClientKind {
  if (!CLIENT_KINDS.includes(value as ClientKind))
    throw new ValidationError('kind', `kind must be one of ${CLIENT_KINDS.join(', ')}`);
  return value as ClientKind;
}

function url(body: Record<string, unknown>, clientKind: ClientKind): string {
  const value = optionalText(body, 'url', 2000);
  const example =
    clientKind === 'qbittorrent' ? 'http://qbittorrent:8080' : 'http://transmission:9091/transmission/rpc';
  if (!value) throw new ValidationError('url', `url is required, e.g. ${example}`);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ValidationError('url', `url must be the client's web address, e.g. ${example}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new ValidationError('url', 'url must be http(s)');
  if (parsed.username || parsed.password)
    throw new ValidationError('url', 'url must not carry a user name or password: use username and password');
  return value;
}

function category(body: Record<string, unknown>): string {
  const value = optionalText(body, 'category', 100);
  if (value === undefined || value === '') return DEFAULT_CATEGORY;
  // Both clients keep categories/labels as plain names; a slash would make qBittorrent nest them.
  if (!/^[\w .-]+$/.test(value))
    throw new ValidationError('category', 'category may hold letters, digits, spaces, dots, dashes and underscores');
  return value;
}

function limit(body: Record<string, unknown>, field: 'seedRatio' | 'seedMinutes'): number | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  const max = field === 'seedRatio' ? 1000 : 525_600;
  const whole = field === 'seedMinutes';
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < 0 ||
    value > max ||
    (whole && !Number.isInteger(value))
  )
    throw new ValidationError(
      field,
      field === 'seedRatio'
        ? 'seedRatio must be a number from 0 to 1000, or null for no ratio limit'
        : 'seedMinutes must be whole minutes from 0 to 525600, or null for no time limit',
    );
  return value;
}

/**
 * A download client's settings from a request body. A masked password sent back (as GET showed it) keeps the
 * stored one, but only while the URL stays as stored: a changed URL would otherwise carry it to another host.
 */
export function readClientInput(raw: unknown, stored?: { url: string; password: string }): ClientInput {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new ValidationError('body', 'The body must be a JSON object');
  const body = raw as Record<string, unknown>;
  const known = new Set(['kind', 'url', 'username', 'password', 'category', 'seedRatio', 'seedMinutes', 'enabled']);
  const unknown = Object.keys(body).find((key) => !known.has(key));
  if (unknown)
    throw new ValidationError(unknown, `${unknown} is not a setting of a download client (${[...known].join(', ')})`);
  const clientKind = kind(body['kind']);
  const input = { kind: clientKind, url: url(body, clientKind) };
  let password = optionalText(body, 'password', 200) ?? '';
  if (password === MASK) {
    if (!stored?.password) throw new ValidationError('password', 'password must be typed: none is stored');
    if (stored.url !== input.url)
      throw new ValidationError(
        'password',
        'password must be typed again: url changed, and the stored password only goes to the URL it was saved with',
      );
    password = stored.password;
  }
  if (body['enabled'] !== undefined && typeof body['enabled'] !== 'boolean')
    throw new ValidationError('enabled', 'enabled must be true or false');
  const seedRatio = limit(body, 'seedRatio');
  const seedMinutes = limit(body, 'seedMinutes');
  return {
    ...input,
    username: optionalText(body, 'username', 200) ?? '',
    password,
    category: category(body),
    ...(seedRatio !== undefined && { seedRatio }),
    ...(seedMinutes !== undefined && { seedMinutes }),
    enabled: body['enabled'] !== false,
  };
}
