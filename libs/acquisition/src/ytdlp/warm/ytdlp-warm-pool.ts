import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { WARM_YTDLP_SPAWNER, type WarmYtDlp, type WarmYtDlpSpawner } from './warm-ytdlp.js';

export interface YtDlpWarmOptions {
  /** TRUETRACK_YTDLP_WARM: keep a yt-dlp waiting for the next download. */
  enabled: boolean;
  /** The yt-dlp program a cold download would run. */
  program: string;
}

/** Injection token of the {@link YtDlpWarmOptions}. */
export const YTDLP_WARM_OPTIONS = Symbol('YTDLP_WARM_OPTIONS');

/**
 * Keeps one yt-dlp started ahead of time: Python and the yt_dlp package take seconds to load, which a download
 * would otherwise spend before its first request. Each process serves one download and is then that download's
 * own yt-dlp, so nothing carries over from one to the next; taking it starts the next one. When the program
 * cannot be kept warm (no Python for it, a compiled yt-dlp), downloads start yt-dlp cold and the log says why,
 * once.
 */
@Injectable()
export class YtDlpWarmPool implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(YtDlpWarmPool.name);
  private waiting: WarmYtDlp | undefined;
  /** Taken, but not yet handed over: still this pool's to stop on shutdown. */
  private readonly handing = new Set<WarmYtDlp>();
  /** Stopped on purpose; their failing to start says nothing about the program. */
  private readonly dropped = new WeakSet<WarmYtDlp>();
  private unavailable: string | undefined;
  private closed = false;

  constructor(
    @Inject(YTDLP_WARM_OPTIONS) private readonly options: YtDlpWarmOptions,
    @Inject(WARM_YTDLP_SPAWNER) private readonly spawner: WarmYtDlpSpawner,
  ) {}

  /** Why downloads start yt-dlp cold, when they do. */
  get coldReason(): string | undefined {
    if (!this.options.enabled) return 'TRUETRACK_YTDLP_WARM is off';
    return this.unavailable;
  }

  onApplicationBootstrap(): void {
    this.fill();
  }

  onModuleDestroy(): void {
    this.closed = true;
    this.dropWaiting();
    for (const taken of this.handing) this.drop(taken);
  }

  /**
   * The waiting yt-dlp, ready for its argv, and the next one started; undefined when the download has to start
   * yt-dlp itself (off, unavailable, closing, or the waiting one died).
   */
  async take(): Promise<WarmYtDlp | undefined> {
    const taken = this.waiting;
    this.waiting = undefined;
    if (!taken) {
      this.fill();
      return undefined;
    }
    this.handing.add(taken);
    try {
      await taken.ready;
    } catch (error) {
      if (!this.dropped.has(taken)) this.disable((error as Error).message);
      return undefined;
    } finally {
      this.handing.delete(taken);
    }
    if (!taken.alive || this.closed) {
      this.drop(taken);
      return undefined;
    }
    this.fill();
    return taken;
  }

  /** Settles once a yt-dlp waits, loaded (true), or there is none to wait for (false). */
  async waitingReady(): Promise<boolean> {
    const waiting = this.waiting;
    return waiting
      ? waiting.ready.then(
          () => waiting.alive,
          () => false,
        )
      : false;
  }

  /** The program was replaced (an update): the waiting process runs the old one, so a new one takes its place. */
  replace(): void {
    this.dropWaiting();
    this.spawner.forget(this.options.program);
    if (this.unavailable) this.logger.log('yt-dlp was replaced: trying again to keep one started ahead');
    this.unavailable = undefined;
    this.fill();
  }

  private fill(): void {
    if (!this.options.enabled || this.unavailable || this.closed || this.waiting) return;
    const next = this.spawner.spawn(this.options.program);
    this.waiting = next;
    next.ready.catch((error: Error) => {
      if (!this.dropped.has(next)) this.disable(error.message);
    });
    next.onExit(() => {
      // Died while waiting (killed from outside): the next download starts cold and spawns a new one.
      if (this.waiting === next) this.waiting = undefined;
    });
  }

  private disable(reason: string): void {
    if (this.unavailable !== undefined || this.closed) return;
    this.unavailable = reason;
    if (this.waiting) this.dropWaiting();
    this.logger.warn(`yt-dlp cannot be kept started ahead, so each download starts it anew: ${reason}`);
  }

  private dropWaiting(): void {
    if (this.waiting) this.drop(this.waiting);
    this.waiting = undefined;
  }

  private drop(warm: WarmYtDlp): void {
    this.dropped.add(warm);
    warm.kill();
  }
}
