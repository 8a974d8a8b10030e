import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readConfigFile } from '@app/config';

export interface Connection {
  /** The server's base URL, without a trailing slash. */
  url: string;
  apiKey?: string;
  /** Where the URL came from, for `config check` and error messages. */
  urlSource: string;
  apiKeySource?: string;
}

export interface ConnectionFlags {
  url?: string;
  apiKey?: string;
}

/** Where the server keeps the key it generated at first start. */
export const API_KEY_FILE = 'api-key';

/**
 * The server and key to talk to: flags first, then TRUETRACK_URL / TRUETRACK_API_KEY, then what the data folder
 * says (TRUETRACK_HOST/TRUETRACK_PORT from the environment or `truetrack.yml`, the key in `<data dir>/api-key`).
 */
export function resolveConnection(
  flags: ConnectionFlags,
  env: Record<string, string | undefined>,
  cwd: string,
): Connection {
  const dataDir = dataDirOf(env, cwd);
  const fileSettings = readSettingsQuietly(dataDir);
  const setting = (name: string) => nonEmpty(env[name]) ?? nonEmpty(fileSettings[name]);

  const [url, urlSource] = flags.url
    ? [flags.url, '--url']
    : nonEmpty(env['TRUETRACK_URL'])
      ? [env['TRUETRACK_URL']!, 'TRUETRACK_URL']
      : [localUrl(setting('TRUETRACK_HOST'), setting('TRUETRACK_PORT')), `the data folder ${dataDir}`];

  const keyFile = join(dataDir, API_KEY_FILE);
  const [apiKey, apiKeySource] = flags.apiKey
    ? [flags.apiKey, '--api-key']
    : nonEmpty(env['TRUETRACK_API_KEY'])
      ? [env['TRUETRACK_API_KEY']!, 'TRUETRACK_API_KEY']
      : nonEmpty(fileSettings['TRUETRACK_API_KEY'])
        ? [fileSettings['TRUETRACK_API_KEY']!, join(dataDir, 'truetrack.yml')]
        : existsSync(keyFile)
          ? [readKeyFile(keyFile), keyFile]
          : [undefined, undefined];

  return { url: url.replace(/\/+$/, ''), apiKey, urlSource, apiKeySource };
}

/** The server's data folder as the server finds it: TRUETRACK_DATA_DIR, or `./data`. */
export function dataDirOf(env: Record<string, string | undefined>, cwd: string): string {
  return resolve(cwd, nonEmpty(env['TRUETRACK_DATA_DIR']) ?? 'data');
}

/** The server binds to every interface with 0.0.0.0 or ::, but a client has to name one: the loopback. */
function localUrl(host = '127.0.0.1', port = '8000'): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}

/** A broken `truetrack.yml` is `config check`'s business; here it only means no settings from it. */
function readSettingsQuietly(dataDir: string): Record<string, string | undefined> {
  try {
    return readConfigFile(dataDir);
  } catch {
    return {};
  }
}

function readKeyFile(file: string): string | undefined {
  try {
    return nonEmpty(readFileSync(file, 'utf8').trim());
  } catch {
    return undefined;
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
