import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCKER_DIR } from './docker-files.js';

export const ENTRYPOINT = join(DOCKER_DIR, 'entrypoint.sh');

/** A stand-in for the server: writes down who it runs as, where, with which umask and environment. */
const STAND_IN = `#!/bin/sh
set -eu
report="$TRUETRACK_DATA_DIR/report"
{
  echo "uid=$(id -u)"
  echo "gid=$(id -g)"
  echo "groups=$(id -G)"
  echo "umask=$(umask)"
  echo "cwd=$(pwd)"
  echo "args=$*"
  echo "TRUETRACK_DATA_DIR=$TRUETRACK_DATA_DIR"
  echo "MUSIC_LIBRARY_ROOT=$MUSIC_LIBRARY_ROOT"
  echo "HOME=$HOME"
  echo "XDG_CACHE_HOME=$XDG_CACHE_HOME"
} > "$report"
mkdir "$TRUETRACK_DATA_DIR/made-by-server"
echo probe > "$TRUETRACK_DATA_DIR/made-by-server/probe"
`;

export interface EntrypointSandbox {
  root: string;
  appDir: string;
  configDir: string;
  musicDir: string;
  vendorYtDlp: string;
  standIn: string;
}

/** Folders laid out like the image's /app, /config and /music, readable by any user (the server runs as PUID). */
export function makeSandbox(root: string): EntrypointSandbox {
  chmodSync(root, 0o755);
  const appDir = join(root, 'app');
  mkdirSync(join(appDir, 'vendor'), { recursive: true });
  const vendorYtDlp = join(appDir, 'vendor', 'yt-dlp');
  writeFileSync(vendorYtDlp, '#!/bin/sh\necho 2026.01.01\n', { mode: 0o755 });
  const standIn = join(appDir, 'stand-in.sh');
  writeFileSync(standIn, STAND_IN, { mode: 0o755 });
  return { root, appDir, configDir: join(root, 'config'), musicDir: join(root, 'music'), vendorYtDlp, standIn };
}

export function sandboxEnv(box: EntrypointSandbox, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'],
    TRUETRACK_APP_DIR: box.appDir,
    CONFIG_DIR: box.configDir,
    MUSIC_DIR: box.musicDir,
    ...extra,
  };
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** `prefix` runs before sh, e.g. setpriv to start the entrypoint as a user other than root. */
export function startEntrypoint(env: NodeJS.ProcessEnv, command: string[], prefix: string[] = []): ChildProcess {
  const [bin, ...args] = [...prefix, 'sh', ENTRYPOINT, ...command];
  return spawn(bin!, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function finished(child: ChildProcess): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export const runEntrypoint = (env: NodeJS.ProcessEnv, command: string[], prefix: string[] = []) =>
  finished(startEntrypoint(env, command, prefix));

/** The stand-in's report as a map. */
export function readReport(configDir: string): Record<string, string> {
  const lines = readFileSync(join(configDir, 'report'), 'utf8').trim().split('\n');
  return Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}
