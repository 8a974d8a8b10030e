import { formatBpm } from './format-bpm';

describe('formatBpm', () => {
  it.each([
    [120, '120'],
    [119.96, '120'],
    [120.1, '120'],
    [92.5, '92.5'],
    [92.46, '92.5'],
    [174.7, '174.7'],
    [0, '0'],
  ])('shows %s BPM as %s', (bpm, shown) => {
    expect(formatBpm(bpm)).toBe(shown);
  });
});
