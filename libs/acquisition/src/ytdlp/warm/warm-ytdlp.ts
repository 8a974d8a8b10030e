import type { ChildProcess } from 'node:child_process';

/** One yt-dlp started ahead of time, used for exactly one download. */
export interface WarmYtDlp {
  /** Settles once yt_dlp is imported and the process waits for its argv; rejects with why it never will. */
  readonly ready: Promise<void>;
  /** Leader of its process group, once spawned. */
  readonly pid: number | undefined;
  /** False once the process has exited (or never started). */
  readonly alive: boolean;
  /** Hands over the argv a cold start would get; from then on the child is that yt-dlp run, in its own group. */
  start(argv: readonly string[]): ChildProcess;
  /** Stops it, whatever it is doing. */
  kill(): void;
  /** Called once, when the process has exited. */
  onExit(listener: () => void): void;
}

/** Starts warm yt-dlp processes for a yt-dlp program; a fake in unit tests. */
export interface WarmYtDlpSpawner {
  spawn(program: string): WarmYtDlp;
  /** The program was replaced (an update): whatever was learnt about it must be learnt again. */
  forget(program: string): void;
}

/** Injection token of the {@link WarmYtDlpSpawner}. */
export const WARM_YTDLP_SPAWNER = Symbol('WARM_YTDLP_SPAWNER');
