import { PermanentError } from '@app/core';
import { buildYtDlpArgs, type YtDlpArgsInput } from './build-ytdlp-args.js';

const TEMPLATE =
  'download:TT_PROGRESS %(progress.downloaded_bytes)s %(progress.total_bytes)s ' +
  '%(progress.total_bytes_estimate)s %(progress.speed)s %(progress.eta)s';

/** The part every run shares, up to and including --retries. */
function base(outputTemplate: string, socketTimeout = '20'): string[] {
  return [
    '--ignore-config',
    '--no-cache-dir',
    '--no-playlist',
    '-f',
    'bestaudio/best',
    '-o',
    outputTemplate,
    '--newline',
    '--progress',
    '--progress-template',
    TEMPLATE,
    '--print',
    'after_move:TT_INFO %(.{track,artist,album,release_year,title,uploader,channel,duration,webpage_url,extractor_key,description,chapters})j',
    '--print',
    'after_move:filepath',
    '--socket-timeout',
    socketTimeout,
    '--retries',
    '3',
  ];
}

const URL = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';

describe('buildYtDlpArgs', () => {
  it.each<[string, YtDlpArgsInput, string[]]>([
    ['minimal', { url: URL, outputDir: '/data/tmp/job-1' }, [...base('/data/tmp/job-1/%(id)s.%(ext)s'), '--', URL]],
    [
      'every option',
      {
        url: URL,
        outputDir: '/data/tmp/job-2/',
        cookiesFile: '/config/cookies.txt',
        rateLimit: '2M',
        sleepSeconds: 5,
        proxy: 'socks5://127.0.0.1:1080',
        socketTimeoutSeconds: 30,
        extraArgs: ['--extractor-args', 'youtube:player_client=web', '--force-ipv4'],
      },
      [
        ...base('/data/tmp/job-2/%(id)s.%(ext)s', '30'),
        '--cookies',
        '/config/cookies.txt',
        '--limit-rate',
        '2M',
        '--sleep-interval',
        '5',
        '--proxy',
        'socks5://127.0.0.1:1080',
        '--extractor-args',
        'youtube:player_client=web',
        '--force-ipv4',
        '--',
        URL,
      ],
    ],
    [
      'a URL that looks like a flag stays after --',
      { url: '--exec=rm', outputDir: 'tmp' },
      [...base('tmp/%(id)s.%(ext)s'), '--', '--exec=rm'],
    ],
    [
      'a literal % in the folder is doubled',
      { url: URL, outputDir: '/tmp/100%', rateLimit: '500K', sleepSeconds: 0 },
      [...base('/tmp/100%%/%(id)s.%(ext)s'), '--limit-rate', '500K', '--sleep-interval', '0', '--', URL],
    ],
    [
      'inline values and header flags',
      {
        url: URL,
        outputDir: '/w',
        extraArgs: ['--user-agent=Mozilla/5.0', '--add-header', 'Accept-Language:en', '-N', '4', '--geo-bypass'],
      },
      [
        ...base('/w/%(id)s.%(ext)s'),
        '--user-agent=Mozilla/5.0',
        '--add-header',
        'Accept-Language:en',
        '-N',
        '4',
        '--geo-bypass',
        '--',
        URL,
      ],
    ],
  ])('%s', (_name, input, expected) => {
    expect(buildYtDlpArgs(input)).toEqual(expected);
  });

  it.each<[string, Partial<YtDlpArgsInput>, string]>([
    ['--exec', { extraArgs: ['--exec', 'rm -rf /'] }, 'flag --exec is not allowed'],
    ['--exec=', { extraArgs: ['--exec=touch x'] }, 'flag --exec is not allowed'],
    ['-o', { extraArgs: ['-o', '/etc/passwd'] }, 'flag -o is not allowed'],
    ['--output', { extraArgs: ['--output', 'x'] }, 'flag --output is not allowed'],
    ['--config-locations', { extraArgs: ['--config-locations', 'x'] }, 'flag --config-locations is not allowed'],
    ['--batch-file', { extraArgs: ['-a', 'urls.txt'] }, 'flag -a is not allowed'],
    ['a second URL', { extraArgs: ['https://evil.example/x'] }, 'argument "https://evil.example/x" is not allowed'],
    ['a value without its flag', { extraArgs: ['--force-ipv4', 'x'] }, 'argument "x" is not allowed'],
    ['a flag missing its value', { extraArgs: ['--referer'] }, 'flag --referer needs a value'],
    ['a value on a switch', { extraArgs: ['--geo-bypass=yes'] }, 'flag --geo-bypass takes no value'],
    ['a bad rate', { rateLimit: '2 MB/s' }, 'Invalid yt-dlp rate limit: 2 MB/s'],
    ['a negative sleep', { sleepSeconds: -1 }, 'Invalid yt-dlp sleep: -1'],
    ['an empty URL', { url: ' ' }, 'yt-dlp needs a URL'],
    ['an empty folder', { outputDir: '' }, 'yt-dlp needs an output folder'],
  ])('refuses %s with a PermanentError', (_name, override, message) => {
    const build = () => buildYtDlpArgs({ url: URL, outputDir: '/w', ...override });
    expect(build).toThrow(PermanentError);
    expect(build).toThrow(message);
  });
});
