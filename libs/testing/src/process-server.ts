import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { freePort } from './free-port.js';

export interface ProcessServerOptions {
  /** The built entry point, e.g. `dist/apps/server/src/main.js`. */
  entry: string;
  /** Environment of the server (TRUETRACK_*); host and port are set here. */
  env: Record<string, string>;
  /** How long a start may take until `/ping` answers. */
  readyTimeoutMs?: number;
}

export interface ProcessServer {
  /** http://127.0.0.1:<port>; the same across restarts. */
  baseUrl: string;
  /** The running server's pid, undefined while it is down. */
  pid(): number | undefined;
  /** SIGKILL to the server and every process under it (yt-dlp, ffmpeg…), as a crash or an OOM kill would. */
  kill(): Promise<void>;
  /** Starts the server again with the same environment and port and waits for `/ping`. */
  restart(): Promise<void>;
  /** The last lines the server printed, for failure messages. */
  output(): string;
  /** SIGTERM, then SIGKILL for whatever is left. */
  stop(): Promise<void>;
}

const OUTPUT_LIMIT = 20_000;

/** The built server as a child process in its own process group, on a free loopback port. */
export async function startProcessServer(options: ProcessServerOptions): Promise<ProcessServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = { ...pathEnv(), ...options.env, TRUETRACK_HOST: '127.0.0.1', TRUETRACK_PORT: String(port) };
  let child: ChildProcess | undefined;
  let output = '';

  const start = async () => {
    const started = spawn(process.execPath, [options.entry], {
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
    };
    started.stdout?.on('data', keep);
    started.stderr?.on('data', keep);
    await waitForPing(baseUrl, started, options.readyTimeoutMs ?? 30_000, () => output);
  };

  const kill = async () => {
    const running = child;
    child = undefined;
    if (!running?.pid || exited(running)) return;
    for (const pid of [running.pid, ...descendantsOf(running.pid)]) signal(pid, 'SIGKILL');
    signal(-running.pid, 'SIGKILL');
    await exit(running);
  };

  await start();
  return {
    baseUrl,
    pid: () => child?.pid,
    kill,
    restart: async () => {
      await kill();
      await start();
    },
    output: () => output,
    stop: async () => {
      const running = child;
      if (running?.pid && !exited(running)) {
        signal(-running.pid, 'SIGTERM');
        const done = await Promise.race([exit(running).then(() => true), delay(10_000).then(() => false)]);
        if (!done) await kill();
      }
      child = undefined;
    },
  };
}

/** The child inherits only what it needs to find its tools; everything else comes from `env`. */
function pathEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TZ', 'LANG', 'TMPDIR'];
  return Object.fromEntries(keep.flatMap((key) => (process.env[key] ? [[key, process.env[key]!]] : [])));
}

async function waitForPing(baseUrl: string, child: ChildProcess, timeoutMs: number, output: () => string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited(child)) throw new Error(`The server exited before answering /ping:\n${output().slice(-3000)}`);
    try {
      if ((await fetch(`${baseUrl}/ping`, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not listening yet
    }
    await delay(50);
  }
  throw new Error(`The server did not answer /ping within ${timeoutMs} ms:\n${output().slice(-3000)}`);
}

/**
 * Tools are started in process groups of their own (so a cancel can kill them), so killing the server's group
 * alone would leave them running: the whole tree is looked up in /proc first.
 */
function descendantsOf(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), pid]);
    } catch {
      // the process ended while we looked
    }
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const child of parents.get(pid) ?? []) {
      found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

const exit = (child: ChildProcess) =>
  exited(child) ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()));

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
