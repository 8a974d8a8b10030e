import { type IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';
import { Gauge } from './metric-registry.js';

/** Memory, CPU time and event loop lag of this process, read at each scrape. */
export class ProcessMetrics {
  private readonly loop: IntervalHistogram = monitorEventLoopDelay({ resolution: 20 });
  private readonly memory = new Gauge('process_resident_memory_bytes', 'Resident memory size in bytes');
  private readonly heap = new Gauge('nodejs_heap_used_bytes', 'V8 heap in use in bytes');
  private readonly cpu = new Gauge('process_cpu_seconds_total', 'User and system CPU time spent in seconds', 'counter');
  private readonly started = new Gauge('process_start_time_seconds', 'Start time of the process since the epoch');
  private readonly lag = new Gauge(
    'truetrack_event_loop_lag_seconds',
    'Event loop delay since the previous scrape (p50, p99, max)',
  );

  start(): void {
    this.loop.enable();
  }

  stop(): void {
    this.loop.disable();
  }

  /** The families, with values as of now; the lag window starts over. */
  collect(): Gauge[] {
    const usage = process.cpuUsage();
    this.memory.set({}, process.memoryUsage.rss());
    this.heap.set({}, process.memoryUsage().heapUsed);
    this.cpu.set({}, (usage.user + usage.system) / 1e6);
    this.started.set({}, Math.round(Date.now() / 1000 - process.uptime()));
    const seconds = (ns: number) => (Number.isFinite(ns) ? ns / 1e9 : 0);
    this.lag.set({ quantile: '0.5' }, seconds(this.loop.percentile(50)));
    this.lag.set({ quantile: '0.99' }, seconds(this.loop.percentile(99)));
    this.lag.set({ quantile: 'max' }, seconds(this.loop.max));
    this.loop.reset();
    return [this.memory, this.heap, this.cpu, this.started, this.lag];
  }
}
