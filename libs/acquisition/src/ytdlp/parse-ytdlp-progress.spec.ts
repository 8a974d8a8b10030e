import { parseYtDlpProgress, type YtDlpProgress } from './parse-ytdlp-progress.js';

describe('parseYtDlpProgress', () => {
  it.each<[string, YtDlpProgress]>([
    [
      'TT_PROGRESS 1024 45229 NA 20430.14120926427 2',
      { downloadedBytes: 1024, totalBytes: 45229, fraction: 1024 / 45229, speedBps: 20430.14120926427, etaSeconds: 2 },
    ],
    [
      'TT_PROGRESS 45229 45229 NA 20431.221279364792 NA',
      { downloadedBytes: 45229, totalBytes: 45229, fraction: 1, speedBps: 20431.221279364792 },
    ],
    [
      'TT_PROGRESS 3145728 NA 10485760.5 NA NA',
      { downloadedBytes: 3145728, totalBytes: 10485761, fraction: 3145728 / 10485760.5 },
    ],
    ['TT_PROGRESS 2048 NA NA NA NA', { downloadedBytes: 2048 }],
    ['TT_PROGRESS 0 0 NA None NA', { downloadedBytes: 0 }],
    [
      'TT_PROGRESS 5000 4000 NA 1.5e6 0',
      { downloadedBytes: 5000, totalBytes: 4000, fraction: 1, speedBps: 1.5e6, etaSeconds: 0 },
    ],
    [
      '  TT_PROGRESS 10 100 NA 5 18\r',
      { downloadedBytes: 10, totalBytes: 100, fraction: 0.1, speedBps: 5, etaSeconds: 18 },
    ],
  ])('%s', (line, expected) => {
    expect(parseYtDlpProgress(line)).toEqual(expected);
  });

  it.each([
    '/data/tmp/job-1/dQw4w9WgXcQ.webm',
    '[download]  42.0% of 3.21MiB at 1.00MiB/s ETA 00:02',
    'TT_PROGRESS NA 100 NA NA NA',
    'TT_PROGRESS 10 100',
    'TT_PROGRESS 10 100 NA 5 18 extra',
    'TT_PROGRESS -5 100 NA 5 18',
    'TT_PROGRESSX 10 100 NA 5 18',
    '',
  ])('ignores %j', (line) => {
    expect(parseYtDlpProgress(line)).toBeUndefined();
  });
});
