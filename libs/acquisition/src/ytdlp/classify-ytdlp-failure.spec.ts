import { classifyYtDlpFailure, type YtDlpFailureKind } from './classify-ytdlp-failure.js';

const REPORT =
  '; please report this issue on  https://github.com/yt-dlp/yt-dlp/issues?q= , filling out the appropriate issue ' +
  'template. Confirm you are on the latest version using  yt-dlp -U';

describe('classifyYtDlpFailure', () => {
  it.each<[string, YtDlpFailureKind, boolean]>([
    ['ERROR: [youtube] xyz123abcde: Video unavailable', 'unavailable', true],
    ['ERROR: [youtube] xyz123abcde: Video unavailable. This video is no longer available', 'unavailable', true],
    [
      "ERROR: [youtube] xyz123abcde: Private video. Sign in if you've been granted access to this video",
      'private',
      true,
    ],
    ['ERROR: [youtube] xyz123abcde: This video has been removed by the uploader', 'removed', true],
    [
      'ERROR: [youtube] xyz123abcde: Video unavailable. This video is no longer available because the YouTube account associated with this video has been terminated.',
      'removed',
      true,
    ],
    [
      'ERROR: [youtube] xyz123abcde: The uploader has not made this video available in your country\nYou might want to use a VPN or a proxy server (with --proxy) to workaround.',
      'geo-blocked',
      true,
    ],
    [
      'ERROR: [youtube] xyz123abcde: Sign in to confirm your age. This video may be inappropriate for some users.',
      'age-gated',
      true,
    ],
    ['ERROR: Unsupported URL: http://127.0.0.1:41234/not-media.html', 'unsupported-url', true],
    [
      `WARNING: [generic] Falling back on generic information extractor\nERROR: Unsupported URL: https://example.com/page`,
      'unsupported-url',
      true,
    ],
    [
      `ERROR: [youtube] xyz123abcde: Unable to download webpage: HTTP Error 429: Too Many Requests (caused by <HTTPError 429: 'Too Many Requests'>)${REPORT}`,
      'rate-limited',
      false,
    ],
    [
      `ERROR: [generic] None: Unable to download webpage: HTTP Error 500: Internal Server Error (caused by <HTTPError 500: 'Internal Server Error'>)${REPORT}`,
      'http-5xx',
      false,
    ],
    ['ERROR: unable to download video data: HTTP Error 503: Service Unavailable', 'http-5xx', false],
    [
      'ERROR: [youtube] xyz123abcde: Sign in to confirm you’re not a bot. This helps protect our community. Learn more',
      'bot-check',
      false,
    ],
    ["ERROR: [youtube] xyz123abcde: Sign in to confirm you're not a bot", 'bot-check', false],
    [
      "ERROR: [generic] None: Unable to download webpage: <urlopen error [Errno 111] Connection refused> (caused by URLError(ConnectionRefusedError(111, 'Connection refused')))",
      'network',
      false,
    ],
    [
      "ERROR: [youtube] xyz123abcde: Unable to download API page: HTTPSConnectionPool(host='www.youtube.com', port=443): Read timed out. (read timeout=20.0)",
      'network',
      false,
    ],
    [
      '[download] Got error: Downloaded 10000 bytes, expected 47205 bytes. Retrying (1/3)...\nERROR: [download] Got error: Downloaded 10000 bytes, expected 47205 bytes. Giving up after 3 retries',
      'network',
      false,
    ],
    [
      'ERROR: [generic] None: Unable to download webpage: <urlopen error [Errno -3] Temporary failure in name resolution>',
      'network',
      false,
    ],
    ['[timed out after 2000 ms]', 'network', false],
    [`ERROR: [generic] None: Unable to download webpage: HTTP Error 404: Not Found${REPORT}`, 'unavailable', true],
    ['ERROR: [youtube] xyz123abcde: Requested format is not available. Use --list-formats', 'unavailable', true],
    [
      'WARNING: [youtube] Unable to download webpage: HTTP Error 429: Too Many Requests\nERROR: [youtube] xyz123abcde: Something odd',
      'rate-limited',
      false,
    ],
  ])('%s', (stderr, kind, permanent) => {
    expect(classifyYtDlpFailure(stderr)).toMatchObject({ kind, permanent });
  });

  it.each([
    'ERROR: Postprocessing: Conversion failed!',
    'ERROR: [youtube] xyz123abcde: Something we have never seen',
    'Traceback (most recent call last):\n  File "yt_dlp/__main__.py", line 17\nKeyError: \'formats\'',
    '',
  ])('calls %j unknown and retryable', (stderr) => {
    expect(classifyYtDlpFailure(stderr)).toMatchObject({ kind: 'unknown', permanent: false });
  });

  it.each([
    [
      `ERROR: [generic] None: Unable to download webpage: HTTP Error 500: Internal Server Error${REPORT}`,
      '[generic] None: Unable to download webpage: HTTP Error 500: Internal Server Error',
    ],
    ['WARNING: first\nERROR: Unsupported URL: https://x.test/a\n', 'Unsupported URL: https://x.test/a'],
    ['some noise\nlast line\n', 'last line'],
    ['', 'yt-dlp failed without a message'],
  ])('takes the message from the last error line of %j', (stderr, message) => {
    expect(classifyYtDlpFailure(stderr).message).toBe(message);
  });
});
