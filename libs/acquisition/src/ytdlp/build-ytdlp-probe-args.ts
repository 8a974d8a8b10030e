import { PermanentError } from '@app/core';

export interface YtDlpProbeInput {
  url: string;
  cookiesFile?: string;
  proxy?: string;
  socketTimeoutSeconds?: number;
}

/**
 * The exact argv for asking what a link holds without downloading it: one JSON document on stdout, a playlist's
 * entries listed flat (each as its own link, not extracted), so a playlist of thousands answers quickly.
 */
export function buildYtDlpProbeArgs(input: YtDlpProbeInput): string[] {
  if (!input.url.trim()) throw new PermanentError('yt-dlp needs a URL');
  return [
    '--ignore-config',
    '--no-cache-dir',
    '--flat-playlist',
    '--dump-single-json',
    '--socket-timeout',
    String(input.socketTimeoutSeconds ?? 20),
    ...(input.cookiesFile ? ['--cookies', input.cookiesFile] : []),
    ...(input.proxy ? ['--proxy', input.proxy] : []),
    '--',
    input.url,
  ];
}
