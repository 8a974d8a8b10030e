import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AbortError } from '@app/platform';
import { essentiaWorkerEntry } from './essentia-worker-entry.js';
import type { AnalyseMessage, AnalyseReply, KeyProfile, RawFeatures, RhythmMethod } from './raw-features.js';

export interface PoolOptions {
  /** Threads; 0 or more than the cores means one per core. */
  size: number;
  /** Files one thread analyses before it is replaced by a fresh one (and a fresh WASM heap). */
  recycleAfter: number;
}

interface Task {
  pcm: Float32Array;
  sampleRate: number;
  rhythmMethod: RhythmMethod;
  keyProfile: KeyProfile;
  transfer: boolean;
  signal?: AbortSignal;
  resolve(features: RawFeatures): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  analysed: number;
  task?: Task;
  onAbort?: () => void;
}

const entry = essentiaWorkerEntry();
const EMPTY = new Float32Array(0);

/**
 * Runs essentia.js off the event loop: one worker thread per core at most, started on demand, each replaced
 * after `recycleAfter` files because the WASM heap never shrinks. A cancelled analysis terminates its thread
 * (WASM cannot be interrupted) and a crashed one is replaced; the queue goes on either way.
 */
export class AnalysisWorkerPool {
  private readonly size: number;
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private closed = false;
  /** Threads started since the pool was made; the benchmark reads it to show recycling happened. */
  started = 0;

  constructor(private readonly options: PoolOptions) {
    const cores = availableParallelism();
    this.size = options.size > 0 ? Math.min(options.size, cores) : cores;
  }

  get threads(): number {
    return this.size;
  }

  /**
   * Measures a window. With `transfer` the PCM's buffer moves to the worker thread instead of being copied: no
   * second copy of every window in this thread's heap, but the caller's array is empty afterwards.
   */
  analyse(
    pcm: Float32Array,
    methods: { rhythmMethod: RhythmMethod; keyProfile: KeyProfile },
    signal?: AbortSignal,
    { transfer = false }: { transfer?: boolean } = {},
  ): Promise<RawFeatures> {
    if (this.closed) return Promise.reject(new Error('The analysis worker pool is closed'));
    if (signal?.aborted) return Promise.reject(new AbortError('Analysis cancelled', signal?.reason));
    return new Promise((resolve, reject) => {
      this.queue.push({ pcm, sampleRate: 44_100, ...methods, transfer, signal, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new AbortError('Analysis stopped: shutting down', undefined));
    await Promise.all(
      [...this.slots].map((slot) => this.retire(slot, new AbortError('Analysis stopped: shutting down', undefined))),
    );
  }

  private dispatch(): void {
    while (this.queue.length) {
      const slot = this.idleSlot();
      if (!slot) return;
      const task = this.queue.shift()!;
      if (task.signal?.aborted) {
        task.reject(new AbortError('Analysis cancelled', task.signal.reason));
        continue;
      }
      this.start(slot, task);
    }
  }

  private idleSlot(): Slot | undefined {
    for (const slot of this.slots) if (!slot.task) return slot;
    return this.slots.size < this.size ? this.spawn() : undefined;
  }

  private spawn(): Slot {
    const worker = new Worker(entry.url, entry.options);
    const slot: Slot = { worker, analysed: 0 };
    this.started++;
    worker.on('message', (reply: AnalyseReply) => this.finish(slot, reply));
    worker.on('error', (error) => void this.retire(slot, error));
    worker.on('exit', () => void this.retire(slot, new Error('The analysis worker thread stopped')));
    // An idle thread must not keep the process alive; a busy one must, or a script awaiting it would just exit.
    worker.unref();
    this.slots.add(slot);
    return slot;
  }

  private start(slot: Slot, task: Task): void {
    slot.task = task;
    slot.worker.ref();
    slot.onAbort = () => void this.retire(slot, new AbortError('Analysis cancelled', task.signal?.reason));
    task.signal?.addEventListener('abort', slot.onAbort, { once: true });
    const message: AnalyseMessage = {
      id: slot.analysed,
      pcm: task.pcm,
      sampleRate: task.sampleRate,
      rhythmMethod: task.rhythmMethod,
      keyProfile: task.keyProfile,
    };
    slot.worker.postMessage(message, task.transfer ? [task.pcm.buffer as ArrayBuffer] : []);
    // The thread holds its own copy or the moved buffer; the queue keeps no reference to a window in flight.
    task.pcm = EMPTY;
  }

  private finish(slot: Slot, reply: AnalyseReply): void {
    const task = this.release(slot);
    slot.analysed++;
    if ('error' in reply) task?.reject(new Error(`essentia.js: ${reply.error}`));
    else task?.resolve(reply.features);
    if (slot.analysed >= this.options.recycleAfter) void this.retire(slot);
    this.dispatch();
  }

  private release(slot: Slot): Task | undefined {
    const task = slot.task;
    if (task && slot.onAbort) task.signal?.removeEventListener('abort', slot.onAbort);
    slot.task = undefined;
    slot.onAbort = undefined;
    slot.worker.unref();
    return task;
  }

  /** Takes a thread out of the pool for good, failing the analysis it was running, if any. */
  private async retire(slot: Slot, reason?: Error): Promise<void> {
    if (!this.slots.delete(slot)) return;
    const task = this.release(slot);
    if (task) task.reject(reason ?? new Error('The analysis worker thread stopped'));
    await slot.worker.terminate();
    if (!this.closed) this.dispatch();
  }
}
