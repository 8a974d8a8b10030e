import { readFile } from 'node:fs/promises';
import { runCli } from './cli.js';
import type { CliIo } from './cli-io.js';

const terminal = process.stdout.isTTY && process.stderr.isTTY;

const io: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  status: terminal ? (text) => process.stderr.write(`\r\x1b[2K${text}`) : undefined,
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  env: process.env,
  cwd: process.cwd(),
  readFile: (path) => readFile(path, 'utf8'),
};

try {
  process.exitCode = await runCli(process.argv.slice(2), io);
} catch (error) {
  process.stderr.write(`truetrack: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
}
