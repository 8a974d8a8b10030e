import { JobState } from '@app/contracts';
import { makeTestConfig } from '@app/testing';
import type { JobStats, JobStatsSnapshot } from './job-stats.js';
import { OpsMetrics } from './ops-metrics.js';

function setup() {
  const config = makeTestConfig();
  config.providers.musicbrainz.baseUrl = 'http://127.0.0.1:4001/ws/2';
  config.providers.coverartarchive.baseUrl = 'https://coverartarchive.org';
  const byState = Object.fromEntries(Object.values(JobState).map((s) => [s, 0])) as JobStatsSnapshot['byState'];
  byState[JobState.Finalized] = 7;
  byState[JobState.Downloading] = 2;
  const stats = { snapshot: async () => ({ byState, queueDepth: 3 }) } as unknown as JobStats;
  return new OpsMetrics(stats, config);
}

describe('OpsMetrics', () => {
  it('shows the grouped job counts and the queue depth', async () => {
    const text = await setup().render();
    expect(text).toContain('truetrack_jobs{state="FINALIZED"} 7\n');
    expect(text).toContain('truetrack_jobs{state="DOWNLOADING"} 2\n');
    expect(text).toContain('truetrack_jobs{state="CANCELLED"} 0\n');
    expect(text).toContain('truetrack_queue_depth 3\n');
  });

  it('times steps by state and outcome, in seconds', async () => {
    const sut = setup();
    sut.stepFinished({ jobId: 'j', state: JobState.Downloading, outcome: 'retry-scheduled', durationMs: 1500 });
    const text = await sut.render();
    expect(text).toContain('truetrack_step_duration_seconds_sum{state="DOWNLOADING",outcome="retry-scheduled"} 1.5\n');
    expect(text).toContain(
      'truetrack_step_duration_seconds_bucket{state="DOWNLOADING",outcome="retry-scheduled",le="1"} 0\n',
    );
    expect(text).toContain(
      'truetrack_step_duration_seconds_bucket{state="DOWNLOADING",outcome="retry-scheduled",le="2.5"} 1\n',
    );
  });

  it.each([
    ['http://127.0.0.1:4001/ws/2', 'musicbrainz'],
    ['http://127.0.0.1:4001/ws/2/', 'musicbrainz'],
    ['https://coverartarchive.org', 'coverartarchive'],
    ['https://is1-ssl.mzstatic.com', 'is1-ssl.mzstatic.com'],
  ])('counts a request to %s as provider %s', async (baseUrl, provider) => {
    const sut = setup();
    sut.requestFinished({ baseUrl, method: 'GET', outcome: 'server_error', status: 503, durationMs: 20 });
    const text = await sut.render();
    expect(text).toContain(`truetrack_provider_requests_total{provider="${provider}",outcome="server_error"} 1\n`);
    expect(text).toContain(`truetrack_provider_request_duration_seconds_count{provider="${provider}"} 1\n`);
  });
});
