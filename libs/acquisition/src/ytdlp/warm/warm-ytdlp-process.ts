import { type ChildProcess, spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import type { WarmYtDlp, WarmYtDlpSpawner } from './warm-ytdlp.js';
import { planWarmLaunch, type WarmLaunch } from './ytdlp-warm-launch.js';

const READY = 'ready';
const FAILED = 'failed: ';

/** A real warm yt-dlp: the launcher under the program's own Python, in its own process group like a cold run. */
export class WarmYtDlpProcess implements WarmYtDlp {
  readonly ready: Promise<void>;
  private child: ChildProcess | undefined;
  private exited = false;
  private stopped = false;
  private readonly exitListeners: (() => void)[] = [];

  constructor(launch: Promise<WarmLaunch>) {
    this.ready = launch.then((plan) => this.launch(plan));
    this.ready.catch(() => undefined);
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get alive(): boolean {
    return !this.exited;
  }

  start(argv: readonly string[]): ChildProcess {
    if (!this.child || this.exited) throw new Error('The warm yt-dlp is not running');
    this.child.stdin?.end(`${JSON.stringify(argv)}\n`);
    return this.child;
  }

  kill(): void {
    this.stopped = true;
    this.child?.stdin?.end();
    const pid = this.child?.pid;
    if (pid === undefined || this.exited) return;
    try {
      // The whole group: once started, the run may have children of its own (ffmpeg).
      process.kill(-pid, 'SIGKILL');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  }

  onExit(listener: () => void): void {
    if (this.exited) listener();
    else this.exitListeners.push(listener);
  }

  private launch(plan: WarmLaunch): Promise<void> {
    if ('unavailable' in plan || this.stopped) {
      this.markExited();
      throw new Error('unavailable' in plan ? plan.unavailable : 'stopped before it started');
    }
    const child = spawn(plan.command, plan.args, {
      shell: false,
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    // EPIPE when it exits before reading its argv; its exit code tells what went wrong.
    child.stdin?.on('error', () => undefined);
    child.once('exit', () => this.markExited());
    return new Promise((resolve, reject) => {
      let said = '';
      let spawnFailure: string | undefined;
      const channel = child.stdio[3] as Readable;
      channel.setEncoding('utf8').on('data', (chunk: string) => {
        said += chunk;
        if (said.split('\n').includes(READY)) resolve();
      });
      channel.on('error', () => undefined);
      // Closed right after "ready" (already resolved), after "failed: …", or by the process ending early.
      channel.once('close', () => {
        const failure = said.split('\n').find((line) => line.startsWith(FAILED));
        reject(new Error(spawnFailure ?? failure?.slice(FAILED.length) ?? 'the warm yt-dlp exited while starting'));
      });
      child.on('error', (error: NodeJS.ErrnoException) => {
        this.markExited();
        spawnFailure = `cannot start ${plan.command}: ${error.code === 'ENOENT' ? 'not found' : error.message}`;
        reject(new Error(spawnFailure));
      });
    });
  }

  private markExited(): void {
    if (this.exited) return;
    this.exited = true;
    for (const listener of this.exitListeners.splice(0)) listener();
  }
}

/** Spawns {@link WarmYtDlpProcess}es, reading each program's interpreter once. */
export class WarmYtDlpProcessSpawner implements WarmYtDlpSpawner {
  private readonly plans = new Map<string, Promise<WarmLaunch>>();

  spawn(program: string): WarmYtDlp {
    let plan = this.plans.get(program);
    if (!plan) {
      plan = planWarmLaunch(program).catch((error: Error) => ({
        unavailable: `cannot read ${program}: ${error.message}`,
      }));
      this.plans.set(program, plan);
    }
    return new WarmYtDlpProcess(plan);
  }

  /** The program was replaced (an update): read its first line again next time. */
  forget(program: string): void {
    this.plans.delete(program);
  }
}
