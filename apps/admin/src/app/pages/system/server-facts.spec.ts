import { serverFacts } from './server-facts';

describe('serverFacts', () => {
  it('turns the scrape into a few facts in words', () => {
    const now = Date.parse('2026-01-01T01:00:00Z');
    expect(
      serverFacts(
        [
          { name: 'truetrack_build_info', labels: '{version="0.1.0"}', value: 1 },
          { name: 'truetrack_queue_depth', labels: '', value: 2 },
          { name: 'process_start_time_seconds', labels: '', value: Date.parse('2026-01-01T00:00:00Z') / 1000 },
          { name: 'process_resident_memory_bytes', labels: '', value: 150 * 1024 * 1024 },
          { name: 'truetrack_event_loop_lag_seconds', labels: '{quantile="0.5"}', value: 0.001 },
          { name: 'truetrack_event_loop_lag_seconds', labels: '{quantile="0.99"}', value: 0.0123 },
        ],
        now,
      ),
    ).toEqual([
      { label: 'Version', value: '0.1.0' },
      { label: 'Steps waiting for a worker', value: '2' },
      { label: 'Running for', value: '1:00:00' },
      { label: 'Memory', value: '150 MB' },
      { label: 'Event loop lag (p99)', value: '12.3 ms' },
    ]);
  });
});
