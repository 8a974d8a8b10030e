import { Counter, Gauge, Histogram, renderMetrics } from './metric-registry.js';

describe('Prometheus text format', () => {
  it('renders counters per label set, with HELP and TYPE', () => {
    const sut = new Counter('truetrack_provider_requests_total', 'Provider requests');
    sut.inc({ provider: 'musicbrainz', outcome: 'ok' });
    sut.inc({ outcome: 'ok', provider: 'musicbrainz' }, 2);
    sut.inc({ provider: 'deezer', outcome: 'server_error' });
    expect(renderMetrics([sut])).toBe(
      [
        '# HELP truetrack_provider_requests_total Provider requests',
        '# TYPE truetrack_provider_requests_total counter',
        'truetrack_provider_requests_total{provider="musicbrainz",outcome="ok"} 3',
        'truetrack_provider_requests_total{provider="deezer",outcome="server_error"} 1',
        '',
      ].join('\n'),
    );
  });

  it('renders a gauge without labels and escapes label values', () => {
    const plain = new Gauge('truetrack_queue_depth', 'Due steps');
    plain.set({}, 4);
    const odd = new Gauge('g', 'h');
    odd.set({ path: 'a"b\\c\nd' }, 1);
    expect(renderMetrics([plain, odd])).toContain('truetrack_queue_depth 4\n');
    expect(renderMetrics([odd])).toContain('g{path="a\\"b\\\\c\\nd"} 1');
  });

  it('renders cumulative histogram buckets, +Inf, sum and count', () => {
    const sut = new Histogram('step_seconds', 'Step durations', [0.5, 1, 5]);
    sut.observe({ state: 'TAGGING' }, 0.2);
    sut.observe({ state: 'TAGGING' }, 0.7);
    sut.observe({ state: 'TAGGING' }, 9);
    expect(renderMetrics([sut]).split('\n').slice(2, 8)).toEqual([
      'step_seconds_bucket{state="TAGGING",le="0.5"} 1',
      'step_seconds_bucket{state="TAGGING",le="1"} 2',
      'step_seconds_bucket{state="TAGGING",le="5"} 2',
      'step_seconds_bucket{state="TAGGING",le="+Inf"} 3',
      'step_seconds_sum{state="TAGGING"} 9.9',
      'step_seconds_count{state="TAGGING"} 3',
    ]);
  });
});
