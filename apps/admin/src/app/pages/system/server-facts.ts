import type { MetricSample } from '../../api/system-api.service';
import { formatBytes, formatDuration } from '../../ui/format';

export interface ServerFact {
  label: string;
  value: string;
}

const find = (samples: readonly MetricSample[], name: string, labels = '') =>
  samples.find((s) => s.name === name && s.labels.includes(labels));

/** The few numbers of the Prometheus scrape a person reads on the System page, in words. */
export function serverFacts(samples: readonly MetricSample[], nowMs: number): ServerFact[] {
  const facts: ServerFact[] = [];
  const add = (label: string, sample: MetricSample | undefined, show: (value: number, s: MetricSample) => string) => {
    if (sample) facts.push({ label, value: show(sample.value, sample) });
  };
  add('Version', find(samples, 'truetrack_build_info'), (_v, s) => /version="([^"]*)"/.exec(s.labels)?.[1] ?? '?');
  add('Steps waiting for a worker', find(samples, 'truetrack_queue_depth'), (v) => String(v));
  add('Running for', find(samples, 'process_start_time_seconds'), (v) => formatDuration(nowMs - v * 1000));
  add('Memory', find(samples, 'process_resident_memory_bytes'), (v) => formatBytes(v));
  add('CPU time', find(samples, 'process_cpu_seconds_total'), (v) => `${v.toFixed(1)} s`);
  add(
    'Event loop lag (p99)',
    find(samples, 'truetrack_event_loop_lag_seconds', 'quantile="0.99"'),
    (v) => `${(v * 1000).toFixed(1)} ms`,
  );
  return facts;
}
