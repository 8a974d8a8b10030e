import { parsePrometheus, toLogLines } from './system-api.service';

describe('parsePrometheus', () => {
  it('reads samples with their labels and leaves histogram buckets and comments out', () => {
    const text = [
      '# HELP truetrack_queue_depth Steps due now',
      '# TYPE truetrack_queue_depth gauge',
      'truetrack_queue_depth 3',
      'truetrack_build_info{version="0.1.0"} 1',
      'truetrack_step_duration_seconds_bucket{le="1"} 4',
      'truetrack_step_duration_seconds_sum 2.5',
      'broken line',
    ].join('\n');
    expect(parsePrometheus(text)).toEqual([
      { name: 'truetrack_queue_depth', labels: '', value: 3 },
      { name: 'truetrack_build_info', labels: '{version="0.1.0"}', value: 1 },
      { name: 'truetrack_step_duration_seconds_sum', labels: '', value: 2.5 },
    ]);
  });
});

describe('toLogLines', () => {
  it('reads the server’s log lines and the usual other shapes', () => {
    expect(
      toLogLines([
        { time: '2026-01-01T00:00:00.000Z', level: 'warn', context: 'StepRunner', message: 'slow', jobId: 'j' },
      ]),
    ).toEqual([{ at: '2026-01-01T00:00:00.000Z', level: 'warn', context: 'StepRunner', message: 'slow', jobId: 'j' }]);
    expect(toLogLines({ records: [{ timestamp: 0, msg: 'hi' }] })).toEqual([
      { at: '1970-01-01T00:00:00.000Z', level: 'log', message: 'hi' },
    ]);
    expect(toLogLines('nonsense')).toEqual([]);
  });
});
