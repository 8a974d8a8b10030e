import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { ExternalToolError, PermanentError } from '@app/core';
import { Injectable } from '@nestjs/common';
import { AbortError } from './abort.error.js';
import { killProcessGroup } from './kill-process-group.js';
import { OutputCollector } from './output-collector.js';

const STDERR_TAIL_CHARS = 4096;
const DEFAULT_KILL_GRACE_MS = 1500;

type StopReason = 'aborted' | 'timed-out';

export interface RunOptions {
  cwd?: string;
  /** Variables set on top of the inherited environment. */
  env?: Record<string, string>;
  /** After this long the process group is stopped and the run fails with an ExternalToolError. */
  timeoutMs?: number;
  /** When it fires the process group is stopped and the run fails with an AbortError. */
  signal?: AbortSignal;
  /** Time between SIGTERM and SIGKILL when stopping (default 1500 ms). */
  killGraceMs?: number;
  /** Written to the child's stdin, which is then closed; without it stdin is empty. */
  stdin?: string | Uint8Array;
  onStdoutLine?(line: string): void;
  onStderrLine?(line: string): void;
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  /** The last 4 KB of stderr. */
  stderrTail: string;
}

/**
 * Runs external programs with an argument array, never through a shell. Each child leads its own process
 * group, so stopping a run (abort or timeout) also stops everything it started. Children are not stopped
 * when this process exits: callers pass a `signal` that fires on shutdown.
 */
@Injectable()
export class ProcessRunner {
  run(bin: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
    const { signal } = opts;
    if (signal?.aborted) return Promise.reject(abortError(bin, signal.reason));
    const child = spawnInOwnGroup(bin, args, opts);
    writeStdin(child, opts.stdin);
    return this.follow(child, bin, opts);
  }

  /**
   * Supervises a child started elsewhere, as `run` supervises its own: collects its output from now on, stops
   * its process group on abort or timeout (the timeout counts from this call) and settles when it closes. The
   * child must lead its own process group (spawned `detached`) with piped stdout and stderr; `cwd`, `env` and
   * `stdin` are the spawner's business and are ignored here.
   */
  follow(child: ChildProcess, bin: string, opts: RunOptions = {}): Promise<RunResult> {
    const { signal } = opts;
    return new Promise((resolve, reject) => {
      const stdout = new OutputCollector(opts.onStdoutLine);
      const stderr = new OutputCollector(opts.onStderrLine, STDERR_TAIL_CHARS);
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => stdout.push(chunk));
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));

      let stopReason: StopReason | undefined;
      const stop = (reason: StopReason) => {
        if (stopReason || child.pid === undefined) return;
        stopReason = reason;
        killProcessGroup(child.pid, opts.killGraceMs ?? DEFAULT_KILL_GRACE_MS);
      };
      const onAbort = () => stop('aborted');
      signal?.addEventListener('abort', onAbort, { once: true });
      const timer = opts.timeoutMs === undefined ? undefined : setTimeout(() => stop('timed-out'), opts.timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      if (signal?.aborted) stop('aborted');

      child.once('error', (error: NodeJS.ErrnoException) => {
        cleanup();
        reject(spawnError(bin, opts.cwd, error));
      });
      child.once('close', (code: number | null) => {
        cleanup();
        stdout.end();
        stderr.end();
        if (stopReason) return reject(stopError(bin, stopReason, opts, stderr.text));
        if (code !== 0) return reject(new ExternalToolError(basename(bin), code, stderr.text));
        resolve({ exitCode: code, stdout: stdout.text, stderrTail: stderr.text });
      });
    });
  }
}

function spawnInOwnGroup(bin: string, args: string[], opts: RunOptions): ChildProcess {
  return spawn(bin, args, {
    cwd: opts.cwd,
    // Passes the inherited environment through; settings are read in libs/config only.
    env: opts.env && { ...process.env, ...opts.env },
    shell: false,
    detached: true,
    stdio: [opts.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
}

function writeStdin(child: ChildProcess, input: string | Uint8Array | undefined): void {
  if (input === undefined || !child.stdin) return;
  // EPIPE when the child exits without reading everything; its exit code tells what went wrong.
  child.stdin.on('error', () => undefined);
  child.stdin.end(input);
}

function abortError(bin: string, reason: unknown): AbortError {
  return new AbortError(`${basename(bin)} was cancelled`, reason);
}

function stopError(bin: string, reason: StopReason, opts: RunOptions, stderrTail: string): Error {
  if (reason === 'aborted') return abortError(bin, opts.signal?.reason);
  const note = `[timed out after ${opts.timeoutMs} ms]`;
  return new ExternalToolError(basename(bin), null, stderrTail ? `${stderrTail}\n${note}` : note);
}

function spawnError(bin: string, cwd: string | undefined, error: NodeJS.ErrnoException): Error {
  if (error.code === 'ENOENT' && cwd !== undefined && !existsSync(cwd)) {
    return new PermanentError(`Cannot run ${bin}: the working folder ${cwd} does not exist`, { cause: error });
  }
  if (error.code === 'ENOENT') {
    return new PermanentError(`${bin} was not found; install it or configure its full path`, { cause: error });
  }
  if (error.code === 'EACCES') return new PermanentError(`${bin} is not executable`, { cause: error });
  return error;
}
