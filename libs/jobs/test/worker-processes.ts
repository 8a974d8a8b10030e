import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppConfig } from '@app/config';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SUPPORT = join(ROOT, 'dist-test', 'libs', 'jobs', 'test', 'support');
export const WORKER_SCRIPT = join(SUPPORT, 'scripted-worker.js');
export const CREATE_JOBS_SCRIPT = join(SUPPORT, 'create-jobs.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !/\.(int-|e2e-)?spec\.ts$/.test(entry.name)) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

/** Child processes run compiled code: refuse a missing build, and say so when it is older than the sources. */
export function assertWorkerBuilt(file = WORKER_SCRIPT): void {
  const script = relative(ROOT, file);
  if (!existsSync(file)) throw new Error(`${script} is missing: run npm run build:test first`);
  const built = statSync(file).mtimeMs;
  const sources = ['contracts', 'core', 'config', 'platform', 'db', 'jobs', 'testing'].map((lib) =>
    join(ROOT, 'libs', lib, 'src'),
  );
  const newest = Math.max(
    ...[...sources, join(ROOT, 'libs', 'jobs', 'test', 'support')].filter(existsSync).map(newestSource),
  );
  if (newest > built) process.stderr.write(`warning: ${script} is older than the sources; run npm run build:test\n`);
}

/**
 * The environment for a child process sharing `config`'s database (and Redis, if any), with `settings`
 * (TRUETRACK_* values) on top; the parent's own engine settings are not passed on.
 */
export function childEnv(config: AppConfig, settings: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(TRUETRACK_|DATABASE_URL$|REDIS_URL$|MUSIC_LIBRARY_ROOT$)/.test(key),
    ),
  );
  return {
    ...inherited,
    TRUETRACK_DATA_DIR: config.paths.dataDir,
    MUSIC_LIBRARY_ROOT: config.paths.libraryRoot,
    DATABASE_URL: config.db.url,
    ...(config.queue.redisUrl ? { REDIS_URL: config.queue.redisUrl } : {}),
    TRUETRACK_LOG_LEVEL: 'warn',
    ...settings,
  };
}

export interface StepLogLine {
  at: number;
  pid: number;
  what: string;
  jobId?: string;
  state?: string;
}

/** The log every worker appends to: "<ms> <pid> ready|stopping" and "<ms> <pid> started|completed|failed <job> <state>". */
export class StepLog {
  constructor(readonly file: string) {}

  lines(): StepLogLine[] {
    if (!existsSync(this.file)) return [];
    return readFileSync(this.file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [at, pid, what, jobId, state] = line.split(' ');
        return { at: Number(at), pid: Number(pid), what: what!, jobId, state };
      });
  }

  isReady(pid: number): boolean {
    return this.lines().some((line) => line.pid === pid && line.what === 'ready');
  }

  /** Steps process `pid` had started and not yet finished, by job id. */
  inFlight(pid: number): Map<string, string> {
    const running = new Map<string, string>();
    for (const line of this.lines()) {
      if (line.pid !== pid || !line.jobId) continue;
      if (line.what === 'started') running.set(line.jobId, line.state!);
      else running.delete(line.jobId);
    }
    return running;
  }
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

export function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Scripted-worker processes with their code loaded but not booted, so that restarting a killed worker
 * costs only the boot itself (module loading takes seconds on a busy machine).
 */
export class StandbyPool {
  private standbys: ChildProcess[] = [];

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    readonly log: StepLog,
    readonly outputFile: string,
    private readonly size = 2,
  ) {}

  take(): ChildProcess {
    this.standbys = this.standbys.filter((standby) => !exited(standby));
    return this.standbys.shift() ?? this.spawn();
  }

  fill(): void {
    while (this.standbys.length < this.size) this.standbys.push(this.spawn());
  }

  async close(): Promise<void> {
    const standbys = this.standbys.splice(0);
    for (const standby of standbys) standby.kill('SIGKILL');
    await Promise.all(standbys.map((standby) => waitExit(standby, 10_000)));
  }

  private spawn(): ChildProcess {
    const output = openSync(this.outputFile, 'a');
    const child = spawn(process.execPath, [WORKER_SCRIPT, this.log.file, '--standby'], {
      env: this.env,
      stdio: ['pipe', output, output],
    });
    closeSync(output);
    // A standby killed while it is being told to go would otherwise raise EPIPE here.
    child.stdin!.on('error', () => undefined);
    return child;
  }
}

/** One worker slot: a scripted-worker process that can be started, killed and restarted. */
export class WorkerProcess {
  starts = 0;
  private child: ChildProcess | undefined;

  constructor(
    readonly name: string,
    private readonly pool: StandbyPool,
  ) {}

  get pid(): number | undefined {
    return this.child && !exited(this.child) ? this.child.pid : undefined;
  }

  /**
   * Boots a standby and resolves once its dispatcher runs; then refills the pool. The limit is a safety net only:
   * on a machine busy with other work a boot has been seen to take longer than 30 s.
   */
  async start(timeoutMs = 120_000): Promise<number> {
    const child = this.pool.take();
    this.child = child;
    this.starts += 1;
    child.stdin!.write('go\n');
    const deadline = Date.now() + timeoutMs;
    while (!this.pool.log.isReady(child.pid!)) {
      if (exited(child) || Date.now() > deadline) {
        const tail = readFileSync(this.pool.outputFile, 'utf8').trimEnd().split('\n').slice(-15).join('\n');
        throw new Error(
          `worker ${this.name} ${exited(child) ? 'exited while booting' : 'did not boot in time'}:\n${tail}`,
        );
      }
      await sleep(10);
    }
    this.pool.fill();
    return child.pid!;
  }

  async kill(): Promise<void> {
    if (!this.child || exited(this.child)) return;
    this.child.kill('SIGKILL');
    await waitExit(this.child, 10_000);
  }

  /** SIGTERM, then SIGKILL if it does not stop within the grace period. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.child || exited(this.child)) return;
    this.child.kill('SIGTERM');
    if (!(await waitExit(this.child, graceMs))) await this.kill();
  }
}

/** Small seeded PRNG (mulberry32), so a run's kill schedule can be replayed. */
export function seededRandom(seed: number): (min: number, max: number) => number {
  let state = seed >>> 0;
  return (min, max) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return Math.floor(min + unit * (max - min + 1));
  };
}
