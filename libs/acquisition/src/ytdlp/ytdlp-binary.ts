import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppConfig } from '@app/config';

/** The YTDLP_PATH default: a program found on PATH. */
const DEFAULT_YTDLP = 'yt-dlp';

export interface YtDlpBinary {
  path: string;
  /** A standalone binary in the data folder that TrueTrack may replace with a newer release. */
  updatable: boolean;
}

/** Where the data folder keeps its own yt-dlp (the container image puts it there). */
export function managedYtDlpPath(dataDir: string): string {
  return join(dataDir, 'bin', 'yt-dlp');
}

/**
 * The yt-dlp to run: YTDLP_PATH when it was changed from its default, else the data folder's own binary when
 * there is one, else `yt-dlp` from PATH. Only the data folder's binary is updatable; a system one belongs to
 * the system's package manager.
 */
export function resolveYtDlpBinary(
  config: Pick<AppConfig, 'tools' | 'paths'>,
  exists: (path: string) => boolean = existsSync,
): YtDlpBinary {
  const managed = managedYtDlpPath(config.paths.dataDir);
  const configured = config.tools.ytdlp;
  const path = configured === DEFAULT_YTDLP && exists(managed) ? managed : configured;
  return { path, updatable: resolve(path) === resolve(managed) && exists(managed) };
}
