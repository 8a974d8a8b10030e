import { constants } from 'node:fs';
import { access, open } from 'node:fs/promises';
import { basename, delimiter, isAbsolute, join } from 'node:path';
import { WARM_LAUNCHER_SOURCE } from './ytdlp-warm-launcher.js';

/** How to start a warm yt-dlp for one yt-dlp program, or why that program cannot be kept warm. */
export type WarmLaunch = { command: string; args: string[] } | { unavailable: string };

const HEAD_BYTES = 256;
const PYTHON = /^python(\d+(\.\d+)?)?$/;

/**
 * Reads the yt-dlp program's first line: a Python script or zipapp names its interpreter there (`#!/usr/bin/python3`
 * for Debian's script, `#!/usr/bin/env python3` for the release zipapp), and the launcher must run under that same
 * interpreter to import the same yt_dlp. A compiled yt-dlp (an ELF binary) has no yt_dlp to import.
 */
export async function planWarmLaunch(program: string, env: NodeJS.ProcessEnv = process.env): Promise<WarmLaunch> {
  const path = await locate(program, env.PATH ?? '');
  if (!path) return { unavailable: `${program} was not found` };
  const head = await readHead(path);
  if (!head.startsWith('#!')) return { unavailable: `${path} is not a Python script or zipapp` };
  const words = head.slice(2).split(/\r?\n/)[0]!.trim().split(/\s+/);
  const [command = '', ...shebangArgs] = words;
  const viaEnv = basename(command) === 'env';
  const interpreter = viaEnv ? shebangArgs.find((word) => !word.startsWith('-')) : command;
  if (!interpreter || !PYTHON.test(basename(interpreter))) {
    return { unavailable: `${path} is run by ${words.join(' ') || 'nothing'}, not by Python` };
  }
  return { command, args: [...shebangArgs, '-c', WARM_LAUNCHER_SOURCE, path] };
}

async function locate(program: string, searchPath: string): Promise<string | undefined> {
  const candidates = program.includes('/')
    ? [program]
    : searchPath
        .split(delimiter)
        .filter((dir) => isAbsolute(dir))
        .map((dir) => join(dir, program));
  for (const candidate of candidates) {
    if (
      await access(candidate, constants.X_OK).then(
        () => true,
        () => false,
      )
    )
      return candidate;
  }
  return undefined;
}

async function readHead(path: string): Promise<string> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('latin1');
  } finally {
    await file.close();
  }
}
