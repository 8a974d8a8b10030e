// Every pattern that reads list text, against the input that makes a backtracking pattern explode: long runs of
// what it repeats, without what it needs to finish. A linear parse takes milliseconds here; the bound of one
// second is only there to fail (instead of hanging CI for minutes) when a pattern turns quadratic again.
import { parseRequestList } from './parse-request-list.js';

const MB = 1_000_000;
const BOUND_MS = 1000;

const run = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

function elapsed(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

describe('a 1 MB hostile list is parsed in well under a second', () => {
  it.each<[string, string]>([
    // The #EXTINF pattern that took minutes: a duration followed by no comma.
    ['an #EXTINF line of digits without a comma', `#EXTM3U\n#EXTINF:${run('9', MB)}`],
    ['an #EXTINF line of a decimal duration without a comma', `#EXTM3U\n#EXTINF:1.${run('0', MB)}`],
    ['an #EXTINF line of spaces and digits', `#EXTM3U\n#EXTINF:${run(' 1', MB)}`],
    ['an #EXTINF line of attributes without a comma', `#EXTM3U\n#EXTINF:-1 ${run('tvg-id="x" ', MB)}`],
    ['many short #EXTINF lines', `#EXTM3U\n${run('#EXTINF:1234567\n', MB)}`],
    ['an M3U location of dots (file extension pattern)', `#EXTM3U\n${run('.', MB)}`],
    ['an M3U location of path separators', `#EXTM3U\n${run('a/', MB)}`],
    ['a plain line of dashes', run(' - ', MB)],
    ['a plain line of control characters', run('\u0001', MB)],
    ['a CSV header of commas', run(',', MB)],
    ['a CSV row of quotes', `artist,title\n${run('"', MB)}`],
    ['a CSV row of quoted commas', `artist,title\n${run('",', MB)}`],
    ['a file name of dots', run('a.', MB)],
  ])('%s', (_name, text) => {
    expect(elapsed(() => parseRequestList(text, text.startsWith('#EXTM3U') ? undefined : 'list.txt'))).toBeLessThan(
      BOUND_MS,
    );
  });

  it('still reads #EXTINF titles and durations after the rewrite', () => {
    const parsed = parseRequestList(
      '#EXTM3U\n#EXTINF:187 tvg-id="a",Linkin Park - Numb\nnumb.mp3\n#EXTINF:oops\nx.mp3\n',
    );
    expect(parsed.entries).toEqual([
      { query: 'Linkin Park - Numb', line: 2, durationMs: 187_000 },
      { query: 'x', line: 5 },
    ]);
  });
});
