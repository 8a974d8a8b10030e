import { readFile } from 'node:fs/promises';
import type { CliIo } from '../../src/cli-io.js';
import { runCli } from '../../src/cli.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
  /** What a terminal would have shown on the status line (progress bars), in order. */
  status: string[];
}

export interface CliRunOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Pretend stdout is a terminal this wide, with a status line for progress bars. */
  terminal?: number;
}

/** Runs `truetrack <argv>` in-process and captures what it prints. */
export async function runTrueTrack(argv: string[], options: CliRunOptions = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const status: string[] = [];
  const io: CliIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    status: options.terminal ? (text) => status.push(text) : undefined,
    columns: options.terminal,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    readFile: (path) => readFile(path, 'utf8'),
  };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n'), status };
}
