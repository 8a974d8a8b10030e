import { renderProgressBar } from './progress-bar.js';
import { describeDetail } from './progress-reporter.js';

describe('renderProgressBar', () => {
  it.each([
    [0, '[░░░░░░░░░░]   0%  SEARCHING'],
    [0.5, '[█████░░░░░]  50%  SEARCHING'],
    [0.999, '[██████████]  99%  SEARCHING'],
    [1, '[██████████] 100%  SEARCHING'],
    [1.7, '[██████████] 100%  SEARCHING'],
    [-1, '[░░░░░░░░░░]   0%  SEARCHING'],
    [Number.NaN, '[░░░░░░░░░░]   0%  SEARCHING'],
  ])('draws %d as %j', (fraction, expected) => {
    expect(renderProgressBar(fraction, 'SEARCHING', 80, 10)).toBe(expected);
  });

  it('is cut to the terminal width', () => {
    expect(renderProgressBar(0.5, 'DOWNLOADING  3.0/6.0 MiB', 20, 10)).toBe('[█████░░░░░]  50%  D');
  });
});

describe('describeDetail', () => {
  it('shows yt-dlp download facts', () => {
    const detail = { downloadedBytes: 3 * 1048576, totalBytes: 6 * 1048576, speedBps: 1258291, etaSeconds: 2.6 };
    expect(describeDetail(detail)).toBe('  3.0/6.0 MiB  1.2 MiB/s  eta 3s');
  });

  it('shows a step phase and ignores what it does not know', () => {
    expect(describeDetail({ phase: 'verifying', source: 'https://example.org/watch?v=x' })).toBe('  verifying');
    expect(describeDetail(undefined)).toBe('');
  });
});
