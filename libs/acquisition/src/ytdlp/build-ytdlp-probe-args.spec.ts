import { PermanentError } from '@app/core';
import { buildYtDlpProbeArgs } from './build-ytdlp-probe-args.js';

describe('buildYtDlpProbeArgs', () => {
  it.each<[string, Parameters<typeof buildYtDlpProbeArgs>[0], string[]]>([
    [
      'minimal',
      { url: 'https://soundcloud.com/a/sets/b' },
      [
        '--ignore-config',
        '--no-cache-dir',
        '--flat-playlist',
        '--dump-single-json',
        '--socket-timeout',
        '20',
        '--',
        'https://soundcloud.com/a/sets/b',
      ],
    ],
    [
      'cookies, proxy and a URL that looks like a flag',
      { url: '-x', cookiesFile: '/config/cookies.txt', proxy: 'socks5://127.0.0.1:1080', socketTimeoutSeconds: 5 },
      [
        '--ignore-config',
        '--no-cache-dir',
        '--flat-playlist',
        '--dump-single-json',
        '--socket-timeout',
        '5',
        '--cookies',
        '/config/cookies.txt',
        '--proxy',
        'socks5://127.0.0.1:1080',
        '--',
        '-x',
      ],
    ],
  ])('%s', (_name, input, argv) => {
    expect(buildYtDlpProbeArgs(input)).toEqual(argv);
  });

  it('refuses an empty URL', () => {
    expect(() => buildYtDlpProbeArgs({ url: ' ' })).toThrow(PermanentError);
  });
});
