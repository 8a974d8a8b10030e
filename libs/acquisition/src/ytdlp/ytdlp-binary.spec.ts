import type { AppConfig } from '@app/config';
import { managedYtDlpPath, resolveYtDlpBinary } from './ytdlp-binary.js';

const DATA = '/srv/truetrack/data';
const MANAGED = '/srv/truetrack/data/bin/yt-dlp';
const config = (ytdlp: string) => ({ tools: { ytdlp }, paths: { dataDir: DATA } }) as AppConfig;

describe('resolveYtDlpBinary', () => {
  it.each<[string, string, boolean, { path: string; updatable: boolean }]>([
    ['the data folder binary when YTDLP_PATH is left at yt-dlp', 'yt-dlp', true, { path: MANAGED, updatable: true }],
    ['yt-dlp from PATH when the data folder has none', 'yt-dlp', false, { path: 'yt-dlp', updatable: false }],
    [
      'a YTDLP_PATH that names another file',
      '/usr/local/bin/yt-dlp',
      true,
      { path: '/usr/local/bin/yt-dlp', updatable: false },
    ],
    ['a YTDLP_PATH that names the data folder binary', MANAGED, true, { path: MANAGED, updatable: true }],
    [
      'the same with a path that is not normalised',
      `${DATA}/./bin/../bin/yt-dlp`,
      true,
      { path: `${DATA}/./bin/../bin/yt-dlp`, updatable: true },
    ],
  ])('runs %s', (_case, ytdlp, managedExists, expected) => {
    const exists = (path: string) => managedExists && path === MANAGED;
    expect(resolveYtDlpBinary(config(ytdlp), exists)).toEqual(expected);
  });

  it('keeps its own binary under <data folder>/bin', () => {
    expect(managedYtDlpPath(DATA)).toBe(MANAGED);
  });
});
