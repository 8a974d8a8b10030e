import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';

/** Parses one raw value; returns an error sentence (what is accepted) instead of throwing. */
export type Parser<T> = (raw: string) => { value: T } | { error: string };

export interface EnvKey<T> {
  name: string;
  description: string;
  defaultValue: string | undefined;
  parse: Parser<T>;
}

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

/** A cron expression of five or six fields (seconds first when six), as @nestjs/schedule's CronJob reads it. */
export const cron: Parser<string> = (raw) => {
  const fields = raw.trim().split(/\s+/);
  return (fields.length === 5 || fields.length === 6) && fields.every((f) => /^[\d*/,?LW#A-Za-z-]+$/.test(f))
    ? { value: fields.join(' ') }
    : { error: 'must be a cron expression of 5 or 6 fields, e.g. */30 * * * *' };
};

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
