export type Labels = Record<string, string>;

interface Series<T> {
  labels: Labels;
  value: T;
}

/** One metric family in the Prometheus text format 0.0.4. */
abstract class Metric<T> {
  protected readonly series = new Map<string, Series<T>>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly type: 'counter' | 'gauge' | 'histogram',
  ) {}

  render(): string {
    const header = [`# HELP ${this.name} ${this.help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`];
    header.push(`# TYPE ${this.name} ${this.type}`);
    return [...header, ...this.samples()].join('\n');
  }

  protected entry(labels: Labels, initial: () => T): Series<T> {
    const key = JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));
    let found = this.series.get(key);
    if (!found) {
      found = { labels, value: initial() };
      this.series.set(key, found);
    }
    return found;
  }

  protected abstract samples(): string[];
}

export class Counter extends Metric<number> {
  constructor(name: string, help: string) {
    super(name, help, 'counter');
  }

  inc(labels: Labels = {}, by = 1): void {
    this.entry(labels, () => 0).value += by;
  }

  protected samples(): string[] {
    return [...this.series.values()].map((s) => sample(this.name, s.labels, s.value));
  }
}

/** A value read at scrape time; `counter` for totals kept elsewhere (e.g. the CPU time the OS counts). */
export class Gauge extends Metric<number> {
  constructor(name: string, help: string, type: 'gauge' | 'counter' = 'gauge') {
    super(name, help, type);
  }

  set(labels: Labels, value: number): void {
    this.entry(labels, () => 0).value = value;
  }

  protected samples(): string[] {
    return [...this.series.values()].map((s) => sample(this.name, s.labels, s.value));
  }
}

interface Buckets {
  counts: number[];
  sum: number;
  count: number;
}

export class Histogram extends Metric<Buckets> {
  constructor(
    name: string,
    help: string,
    private readonly bounds: number[],
  ) {
    super(name, help, 'histogram');
  }

  observe(labels: Labels, value: number): void {
    const entry = this.entry(labels, () => ({ counts: this.bounds.map(() => 0), sum: 0, count: 0 })).value;
    this.bounds.forEach((bound, i) => {
      if (value <= bound) entry.counts[i]! += 1;
    });
    entry.sum += value;
    entry.count += 1;
  }

  protected samples(): string[] {
    return [...this.series.values()].flatMap(({ labels, value }) => [
      ...this.bounds.map((bound, i) =>
        sample(`${this.name}_bucket`, { ...labels, le: String(bound) }, value.counts[i]!),
      ),
      sample(`${this.name}_bucket`, { ...labels, le: '+Inf' }, value.count),
      sample(`${this.name}_sum`, labels, value.sum),
      sample(`${this.name}_count`, labels, value.count),
    ]);
  }
}

function sample(name: string, labels: Labels, value: number): string {
  const pairs = Object.entries(labels).map(([key, raw]) => `${key}="${escapeLabel(raw)}"`);
  return `${name}${pairs.length ? `{${pairs.join(',')}}` : ''} ${formatValue(value)}`;
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : '-Inf';
  return String(value);
}

/** The whole exposition: families separated by newlines, ending in one. */
export function renderMetrics(metrics: { render(): string }[]): string {
  return `${metrics.map((metric) => metric.render()).join('\n')}\n`;
}
