import { isIP } from 'node:net';
import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { validateCronExpression } from 'cron';

/** Parses one raw value; returns an error sentence (what is accepted) instead of throwing. */
export type Parser<T> = (raw: string) => { value: T } | { error: string };

export const integer =
  (min: number, max: number): Parser<number> =>
  (raw) => {
    const value = Number(raw);
    return /^-?\d+$/.test(raw.trim()) && value >= min && value <= max
      ? { value }
      : { error: `must be a whole number from ${min} to ${max}` };
  };

export const oneOf =
  <T extends string>(...allowed: T[]): Parser<T> =>
  (raw) => {
    const value = raw.trim().toLowerCase() as T;
    return allowed.includes(value) ? { value } : { error: `must be one of ${allowed.join(', ')}` };
  };

export const text: Parser<string> = (raw) => (raw.trim() ? { value: raw.trim() } : { error: 'must not be empty' });

export const path: Parser<string> = (raw) => {
  const trimmed = raw.trim();
  if (!trimmed) return { error: 'must be a folder path' };
  if (trimmed.includes('\0')) return { error: 'must not contain a NUL character' };
  const expanded = trimmed === '~' || trimmed.startsWith('~/') ? homedir() + trimmed.slice(1) : trimmed;
  return { value: isAbsolute(expanded) ? expanded : resolve(expanded) };
};

export const host: Parser<string> = (raw) =>
  /^[A-Za-z0-9.:[\]-]+$/.test(raw.trim()) ? { value: raw.trim() } : { error: 'must be a host name or IP address' };

export const origins: Parser<string[]> = (raw) => {
  const list = raw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const bad = list.find((o) => o !== '*' && !/^https?:\/\/[^/\s]+$/.test(o));
  return bad
    ? { error: `must be a comma-separated list of origins like http://host:port (bad: ${bad})` }
    : { value: list };
};

export const url =
  (...protocols: string[]): Parser<string> =>
  (raw) => {
    try {
      const parsed = new URL(raw.trim());
      if (protocols.includes(parsed.protocol.replace(/:$/, ''))) return { value: raw.trim() };
    } catch {
      // fall through to the message below
    }
    return { error: `must be a URL starting with ${protocols.map((p) => `${p}://`).join(' or ')}` };
  };

export const databaseUrl: Parser<string> = (raw) => {
  const value = raw.trim();
  if (/^sqlite:/.test(value)) {
    const file = value.replace(/^sqlite:(\/\/)?/, '');
    return file
      ? { value: `sqlite:${resolve(file)}` }
      : { error: 'sqlite: URL must name a file, e.g. sqlite:./data/truetrack.db' };
  }
  const parsed = url('postgres', 'postgresql')(value);
  return 'error' in parsed
    ? { error: 'must be sqlite:<file> or a URL starting with postgres:// or postgresql://' }
    : parsed;
};

/** An API key given by the environment: long enough to resist guessing, safe in a header and a query string. */
export const apiKey: Parser<string> = (raw) =>
  /^[A-Za-z0-9_-]{20,128}$/.test(raw.trim())
    ? { value: raw.trim() }
    : { error: 'must be 20 to 128 characters from A-Z, a-z, 0-9, "-" and "_"' };

const isIpOrSubnet = (entry: string) => {
  const [network = '', prefix, extra] = entry.split('/');
  const family = isIP(network);
  const bits = family === 4 ? 32 : 128;
  return (
    family !== 0 &&
    extra === undefined &&
    (prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits))
  );
};
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,62})(?:\.[a-z0-9_](?:[a-z0-9_-]{0,62}))*\.?$/i;

const commaList = (raw: string) =>
  raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * Which proxies' X-Forwarded-* headers to believe: a hop count (how many proxies stand in front) or their
 * addresses/subnets. Never `true`: trusting every hop hands the client address to whoever writes the header.
 */
export const trustProxy: Parser<false | number | string[]> = (raw) => {
  const value = raw.trim().toLowerCase();
  if (['false', '0', 'no', 'off', ''].includes(value)) return { value: false };
  if (/^\d+$/.test(value) && Number(value) <= 10) return { value: Number(value) };
  const list = commaList(value);
  const bad = list.find((entry) => !['loopback', 'linklocal', 'uniquelocal'].includes(entry) && !isIpOrSubnet(entry));
  if (!bad && list.length) return { value: list };
  return {
    error:
      'must be false, the number of proxies in front (1 to 10) or their addresses/subnets, e.g. 172.18.0.0/16 ' +
      '(true is refused: it would believe a client-written X-Forwarded-For)',
  };
};

/** Hosts and/or subnets (comma-separated), or `true` for all; empty = none. */
export const hostsOrSubnets: Parser<true | string[]> = (raw) => {
  const value = raw.trim().toLowerCase();
  if (['true', 'yes', 'on'].includes(value)) return { value: true };
  if (['false', 'no', 'off', ''].includes(value)) return { value: [] };
  const list = commaList(value);
  const bad = list.find((entry) => !isIpOrSubnet(entry) && !HOST_NAME.test(entry));
  return bad
    ? { error: `must be true or a comma-separated list of host names, addresses and subnets (bad: ${bad})` }
    : { value: list };
};

export const bool: Parser<boolean> = (raw) => {
  const value = raw.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(value)) return { value: true };
  if (['false', '0', 'no', 'off'].includes(value)) return { value: false };
  return { error: 'must be true or false' };
};

/** A short free text sent in HTTP headers: printable, one line. */
export const headerText: Parser<string> = (raw) =>
  /^[\x20-\x7e]{0,200}$/.test(raw.trim())
    ? { value: raw.trim() }
    : { error: 'must be at most 200 printable ASCII characters on one line' };

/** A program name found on PATH, or a path to it. */
export const executable: Parser<string> = (raw) => {
  const value = raw.trim();
  if (/^[\w.+-]+$/.test(value)) return { value };
  const checked = path(value);
  return 'error' in checked ? { error: 'must be a program name or a path to it' } : checked;
};

/** yt-dlp's rate syntax: a number with an optional K, M or G. */
export const rate: Parser<string> = (raw) =>
  /^\d+(\.\d+)?[KMG]?$/i.test(raw.trim()) ? { value: raw.trim() } : { error: 'must be a rate such as 500K or 2M' };

/** One folder name (no separators, not `.`/`..`), e.g. the archive folder under the library root. */
export const folderName: Parser<string> = (raw) => {
  const value = raw.trim();
  return value && value !== '.' && value !== '..' && !/[/\\\0]/.test(value) && value.length <= 100
    ? { value }
    : { error: 'must be a single folder name without / or \\' };
};

/** Comma-separated folder paths, each checked like `path`. */
export const pathList: Parser<string[]> = (raw) => {
  const values: string[] = [];
  for (const part of raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const parsed = path(part);
    if ('error' in parsed) return { error: `must be comma-separated folder paths (${part}: ${parsed.error})` };
    values.push(parsed.value);
  }
  return { value: values };
};

/**
 * A cron schedule as people know it (`0 3 * * *`, an optional seconds field first, or `@daily`/`@hourly`…);
 * `off` turns the work off (the value is then null).
 */
export const cronSchedule: Parser<string | null> = (raw) => {
  const value = raw.trim().replace(/\s+/g, ' ');
  if (/^(off|never|none|disabled?)$/i.test(value)) return { value: null };
  const check = validateCronExpression(value);
  if (check.valid) return { value };
  const why = check.error?.message ? ` (${check.error.message.replace(/\.$/, '').toLowerCase()})` : '';
  return { error: `must be a cron schedule like "0 3 * * *" or @daily, or off${why}` };
};
