import { bool, executable, integer, oneOf, path, rate, url } from '../env-schema.js';
import { optional, setting } from './setting.js';

/** Download and conversion: the tools, their limits and what is kept of a download. */
export const DOWNLOAD_SETTINGS = {
  tools: {
    ytdlp: setting(
      'YTDLP_PATH',
      'yt-dlp: a program name on `PATH` or a file path. Left at `yt-dlp`, a standalone binary at `<data dir>/bin/yt-dlp` is preferred and can be updated from the API',
      { default: 'yt-dlp', parse: executable },
    ),
    ffmpeg: setting('FFMPEG_PATH', 'ffmpeg', { default: 'ffmpeg', parse: executable }),
    ffprobe: setting('FFPROBE_PATH', 'ffprobe', { default: 'ffprobe', parse: executable }),
    fpcalc: setting('FPCALC_PATH', "chromaprint's fpcalc (Debian package `libchromaprint-tools`)", {
      default: 'fpcalc',
      parse: executable,
    }),
    cookiesFile: optional('YTDLP_COOKIES_FILE', 'cookies file handed to yt-dlp (`--cookies`)', { parse: path }),
    rateLimit: optional('YTDLP_RATE_LIMIT', 'download speed limit, e.g. `2M`', { parse: rate }),
    proxy: optional('YTDLP_PROXY', 'proxy for yt-dlp: `http://`, `https://`, `socks5://`, `socks5h://`', {
      parse: url('http', 'https', 'socks5', 'socks5h'),
    }),
    ytdlpReleasesUrl: setting('YTDLP_RELEASES_URL', 'where the in-app updater downloads the latest yt-dlp binary', {
      default: 'https://github.com/yt-dlp/yt-dlp/releases/latest/download/yt-dlp',
      parse: url('http', 'https'),
    }),
    ytdlpReleaseApiUrl: setting(
      'YTDLP_RELEASE_API_URL',
      'where the latest yt-dlp version is looked up (at most daily)',
      { default: 'https://api.github.com/repos/yt-dlp/yt-dlp/releases/latest', parse: url('http', 'https') },
    ),
    ytdlpWarm: setting(
      'TRUETRACK_YTDLP_WARM',
      'keep one yt-dlp loaded and waiting for the next download (`false`: start it per download); a compiled yt-dlp is always started per download',
      { default: 'true', parse: bool },
    ),
    downloadTimeoutMs: setting('TRUETRACK_DOWNLOAD_TIMEOUT_MS', 'longest one download may take', {
      default: '900000',
      parse: integer(1000, 86_400_000),
    }),
    ffmpegTimeoutMs: setting('TRUETRACK_FFMPEG_TIMEOUT_MS', 'longest one ffmpeg run may take', {
      default: '900000',
      parse: integer(1000, 86_400_000),
    }),
  },
  acquisition: {
    outputPolicy: setting(
      'TRUETRACK_OUTPUT_POLICY',
      '`original` (keep the source codec, no re-encoding), `mp3-v0`, `mp3-320`, `flac` (lossless sources only)',
      { default: 'original', parse: oneOf('original', 'mp3-v0', 'mp3-320', 'flac') },
    ),
    sourceFallbacks: setting('TRUETRACK_SOURCE_FALLBACKS', 'further sources tried when a download fails the checks', {
      default: '3',
      parse: integer(0, 20),
    }),
    linkMaxEntries: setting(
      'TRUETRACK_LINK_MAX_ENTRIES',
      'most entries a playlist link may list before the request must set `options.allowLarge` (see [Links](#links))',
      { default: '200', parse: integer(1, 100_000) },
    ),
    fingerprint: setting('TRUETRACK_FINGERPRINT', 'fingerprint kept files with fpcalc (dedup, AcoustID)', {
      default: 'true',
      parse: bool,
    }),
  },
};
