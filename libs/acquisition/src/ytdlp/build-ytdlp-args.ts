import { join } from 'node:path';
import { PermanentError } from '@app/core';
import { YTDLP_INFO_TEMPLATE } from './parse-ytdlp-info.js';

/** Marks the lines of `--progress-template` so they can be told apart from the printed file path. */
export const YTDLP_PROGRESS_PREFIX = 'TT_PROGRESS';

export const YTDLP_PROGRESS_TEMPLATE =
  `download:${YTDLP_PROGRESS_PREFIX} %(progress.downloaded_bytes)s %(progress.total_bytes)s ` +
  '%(progress.total_bytes_estimate)s %(progress.speed)s %(progress.eta)s';

const DEFAULT_SOCKET_TIMEOUT_SECONDS = 20;

export interface YtDlpArgsInput {
  url: string;
  /** Folder the download is written to; the file is named `<id>.<ext>`. */
  outputDir: string;
  cookiesFile?: string;
  /** yt-dlp rate syntax, e.g. `2M` or `500K`. */
  rateLimit?: string;
  sleepSeconds?: number;
  proxy?: string;
  socketTimeoutSeconds?: number;
  /** Only flags from {@link ALLOWED_EXTRA_FLAGS}; anything else is refused. */
  extraArgs?: string[];
}

/** Flags callers may add, with whether each takes a value. Others could redirect output or run commands. */
export const ALLOWED_EXTRA_FLAGS: ReadonlyMap<string, boolean> = new Map([
  ['--extractor-args', true],
  ['--geo-bypass', false],
  ['--geo-bypass-country', true],
  ['--force-ipv4', false],
  ['-4', false],
  ['--user-agent', true],
  ['--referer', true],
  // 2023.03.04 spells it --add-headers; --add-header is accepted as an unambiguous prefix.
  ['--add-header', true],
  ['--add-headers', true],
  ['--sleep-requests', true],
  ['--concurrent-fragments', true],
  ['-N', true],
]);

const RATE_PATTERN = /^\d+(\.\d+)?[KMG]?$/i;

/**
 * The exact argv for downloading the best audio of one URL. `.part` files are kept (no `--no-part`): the final
 * name only appears once the download is complete, so a file named `<id>.<ext>` is never a truncated one.
 */
export function buildYtDlpArgs(input: YtDlpArgsInput): string[] {
  if (!input.url.trim()) throw new PermanentError('yt-dlp needs a URL');
  if (!input.outputDir.trim()) throw new PermanentError('yt-dlp needs an output folder');
  return [
    '--ignore-config',
    '--no-cache-dir',
    '--no-playlist',
    '-f',
    'bestaudio/best',
    '-o',
    join(escapeTemplate(input.outputDir), '%(id)s.%(ext)s'),
    '--newline',
    // --print implies --quiet, which would hide the progress lines without this.
    '--progress',
    '--progress-template',
    YTDLP_PROGRESS_TEMPLATE,
    // What the site says about the download (track, artist…) first; the file path is always the last line.
    '--print',
    YTDLP_INFO_TEMPLATE,
    '--print',
    'after_move:filepath',
    '--socket-timeout',
    String(input.socketTimeoutSeconds ?? DEFAULT_SOCKET_TIMEOUT_SECONDS),
    '--retries',
    '3',
    ...optionalArgs(input),
    ...checkExtraArgs(input.extraArgs ?? []),
    // Stops a URL that starts with "-" from being read as an option.
    '--',
    input.url,
  ];
}

function optionalArgs(input: YtDlpArgsInput): string[] {
  const args: string[] = [];
  if (input.cookiesFile) args.push('--cookies', input.cookiesFile);
  if (input.rateLimit !== undefined) {
    if (!RATE_PATTERN.test(input.rateLimit)) throw new PermanentError(`Invalid yt-dlp rate limit: ${input.rateLimit}`);
    args.push('--limit-rate', input.rateLimit);
  }
  if (input.sleepSeconds !== undefined) {
    if (!Number.isFinite(input.sleepSeconds) || input.sleepSeconds < 0) {
      throw new PermanentError(`Invalid yt-dlp sleep: ${input.sleepSeconds}`);
    }
    args.push('--sleep-interval', String(input.sleepSeconds));
  }
  if (input.proxy) args.push('--proxy', input.proxy);
  return args;
}

/** Returns the extra args unchanged, or throws a PermanentError naming the first one not allowed. */
export function checkExtraArgs(extraArgs: readonly string[]): string[] {
  for (let i = 0; i < extraArgs.length; i++) {
    const arg = extraArgs[i] ?? '';
    const [flag = '', inlineValue] = splitInline(arg);
    const takesValue = ALLOWED_EXTRA_FLAGS.get(flag);
    if (takesValue === undefined) {
      // A stray word would be read as a second URL, so it is refused like an unknown flag.
      const what = flag.startsWith('-') ? `flag ${flag}` : `argument "${arg}"`;
      throw new PermanentError(`yt-dlp ${what} is not allowed in extra args`);
    }
    if (!takesValue && inlineValue !== undefined) throw new PermanentError(`yt-dlp flag ${flag} takes no value`);
    if (takesValue && inlineValue === undefined) {
      if (i + 1 >= extraArgs.length) throw new PermanentError(`yt-dlp flag ${flag} needs a value`);
      i++;
    }
  }
  return [...extraArgs];
}

function splitInline(arg: string): [string, string | undefined] {
  if (!arg.startsWith('--')) return [arg, undefined];
  const eq = arg.indexOf('=');
  return eq === -1 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

/** yt-dlp expands `%` in -o, so a literal `%` in the folder name has to be doubled. */
function escapeTemplate(path: string): string {
  return path.replaceAll('%', '%%');
}
