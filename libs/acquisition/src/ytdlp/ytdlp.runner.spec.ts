import type { ChildProcess } from 'node:child_process';
import { jest } from '@jest/globals';
import { ExternalToolError, PermanentError, RetryableError } from '@app/core';
import { AbortError, type ProcessRunner, type RunOptions, type RunResult } from '@app/platform';
import { buildYtDlpArgs } from './build-ytdlp-args.js';
import type { YtDlpProgress } from './parse-ytdlp-progress.js';
import { YtDlpRunner } from './ytdlp.runner.js';
import { YtDlpWarnings } from './ytdlp-warnings.js';
import type { WarmYtDlp } from './warm/warm-ytdlp.js';
import type { YtDlpWarmPool } from './warm/ytdlp-warm-pool.js';

// A folder that does not exist: listing it yields nothing, so no test here touches real files.
const INPUT = { url: 'https://example.test/a.opus', outputDir: '/nonexistent/tt-ytdlp-unit' };
const OK: RunResult = { exitCode: 0, stdout: '', stderrTail: '' };

type Run = (bin: string, args: string[], opts?: RunOptions) => Promise<RunResult>;
type Follow = (child: ChildProcess, bin: string, opts?: RunOptions) => Promise<RunResult>;

function setup(run: Run) {
  const mock = jest.fn<Run>(run);
  const warnings = new YtDlpWarnings({ now: () => Date.UTC(2025, 0, 2, 3, 4, 5) });
  const sut = new YtDlpRunner(
    { run: mock } as unknown as ProcessRunner,
    { binary: '/opt/yt-dlp', timeoutMs: 9000 },
    warnings,
  );
  return { sut, mock, warnings };
}

describe('YtDlpRunner', () => {
  it('reads the version', async () => {
    const { sut, mock } = setup(async () => ({ ...OK, stdout: '2023.03.04\n' }));
    expect(await sut.version()).toBe('2023.03.04');
    expect(mock).toHaveBeenCalledWith('/opt/yt-dlp', ['--version'], { timeoutMs: 15_000 });
  });

  it('runs the built argv with the timeout and signal, and routes progress lines', async () => {
    const seen: YtDlpProgress[] = [];
    const signal = new AbortController().signal;
    const { sut, mock } = setup(async (_bin, _args, opts) => {
      opts?.onStdoutLine?.('TT_PROGRESS 10 100 NA 5 18');
      opts?.onStdoutLine?.('TT_PROGRESS NA NA NA NA NA');
      opts?.onStdoutLine?.('/nonexistent/tt-ytdlp-unit/a.opus');
      return OK;
    });
    const error = await sut.download(INPUT, { signal, onProgress: (p) => seen.push(p) }).catch((e: unknown) => e);
    expect(mock.mock.calls[0]?.[1]).toEqual(buildYtDlpArgs(INPUT));
    expect(mock.mock.calls[0]?.[2]).toMatchObject({ timeoutMs: 9000, signal });
    expect(seen).toEqual([{ downloadedBytes: 10, totalBytes: 100, fraction: 0.1, speedBps: 5, etaSeconds: 18 }]);
    expect(error).toBeInstanceOf(RetryableError);
    expect((error as Error).message).toBe('yt-dlp reported /nonexistent/tt-ytdlp-unit/a.opus, which does not exist');
  });

  it.each<[string, Run, new (...args: never[]) => Error, RegExp]>([
    [
      'a source refusal becomes a PermanentError',
      async () => Promise.reject(new ExternalToolError('yt-dlp', 1, 'ERROR: [youtube] abc: Private video')),
      PermanentError,
      /^yt-dlp failed \(private\): \[youtube\] abc: Private video$/,
    ],
    [
      'a rate limit becomes a RetryableError',
      async () =>
        Promise.reject(new ExternalToolError('yt-dlp', 1, 'ERROR: [youtube] abc: HTTP Error 429: Too Many Requests')),
      RetryableError,
      /^yt-dlp failed \(rate-limited\)/,
    ],
    [
      'an abort passes through',
      async () => Promise.reject(new AbortError('yt-dlp was cancelled', 'x')),
      AbortError,
      /cancelled/,
    ],
    [
      'a missing binary passes through',
      async () => Promise.reject(new PermanentError('yt-dlp was not found')),
      PermanentError,
      /was not found/,
    ],
    ['no printed path is retryable', async () => OK, RetryableError, /without naming the downloaded file/],
    [
      'a path outside the folder is refused',
      async (_bin, _args, opts) => (opts?.onStdoutLine?.('/etc/passwd'), OK),
      PermanentError,
      /wrote outside its output folder/,
    ],
  ])('%s', async (_name, run, type, message) => {
    const { sut } = setup(run);
    const error = await sut.download(INPUT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toMatch(message);
  });

  it('keeps the classification in the error details', async () => {
    const { sut } = setup(async () => Promise.reject(new ExternalToolError('yt-dlp', 1, 'ERROR: HTTP Error 503')));
    const error = (await sut.download(INPUT).catch((e: unknown) => e)) as RetryableError;
    expect(error.details).toEqual({ tool: 'yt-dlp', kind: 'http-5xx', exitCode: 1 });
    expect(error.cause).toBeInstanceOf(ExternalToolError);
  });

  it('remembers transient failures for the tool status, and only those', async () => {
    const bot = "ERROR: [youtube] abc: Sign in to confirm you're not a bot. Use --cookies-from-browser or --cookies";
    const failures = [
      bot,
      'ERROR: [youtube] abc: Private video',
      'ERROR: [youtube] abc: HTTP Error 429: Too Many Requests',
    ];
    const { sut, warnings } = setup(async () => Promise.reject(new ExternalToolError('yt-dlp', 1, failures.shift()!)));
    for (let i = 0; i < 3; i++) await sut.download(INPUT).catch(() => undefined);
    expect(warnings.summary()).toEqual([
      {
        kind: 'bot-check',
        message: "[youtube] abc: Sign in to confirm you're not a bot. Use --cookies-from-browser or --cookies",
        count: 1,
        firstAt: '2025-01-02T03:04:05.000Z',
        lastAt: '2025-01-02T03:04:05.000Z',
      },
      {
        kind: 'rate-limited',
        message: '[youtube] abc: HTTP Error 429: Too Many Requests',
        count: 1,
        firstAt: '2025-01-02T03:04:05.000Z',
        lastAt: '2025-01-02T03:04:05.000Z',
      },
    ]);
  });
});

describe('YtDlpRunner downloads and probes', () => {
  it('keeps the metadata line apart from the printed path', async () => {
    const { sut } = setup(async (_bin, _args, opts) => {
      opts?.onStdoutLine?.('/nonexistent/tt-ytdlp-unit/a.opus');
      opts?.onStdoutLine?.('TT_INFO {"title": "a", "extractor_key": "Generic"}');
      return OK;
    });
    const error = await sut.download(INPUT).catch((e: unknown) => e);
    expect((error as Error).message).toBe('yt-dlp reported /nonexistent/tt-ytdlp-unit/a.opus, which does not exist');
  });

  it('probes a link with the probe argv and reads its entries', async () => {
    const playlist = { _type: 'playlist', entries: [{ url: 'https://example.test/1.mp3', title: 'One' }] };
    const { sut, mock } = setup(async () => ({ ...OK, stdout: JSON.stringify(playlist) }));
    expect(await sut.probe({ url: 'https://example.test/list.xspf' })).toEqual({
      kind: 'playlist',
      entries: [{ url: 'https://example.test/1.mp3', title: 'One' }],
      skipped: 0,
    });
    expect(mock.mock.calls[0]?.[1]).toContain('--flat-playlist');
  });

  it.each<[string, Run, new (...args: never[]) => Error]>([
    ['unreadable output is retryable', async () => ({ ...OK, stdout: 'not json' }), RetryableError],
    [
      'an unsupported link is permanent',
      async () => Promise.reject(new ExternalToolError('yt-dlp', 1, 'ERROR: Unsupported URL: https://example.test/')),
      PermanentError,
    ],
  ])('%s', async (_name, run, type) => {
    const { sut } = setup(run);
    await expect(sut.probe({ url: 'https://example.test/' })).rejects.toBeInstanceOf(type);
  });

  describe('with a yt-dlp kept loaded', () => {
    function warmSetup(warm: WarmYtDlp | undefined) {
      const child = { pid: 4242 } as ChildProcess;
      const started: (readonly string[])[] = [];
      const taken = warm && { ...warm, start: (argv: readonly string[]) => (started.push(argv), child) };
      const follow = jest.fn<Follow>(async (_child, _bin, opts) => {
        opts?.onStdoutLine?.('TT_PROGRESS 10 100 NA 5 18');
        return OK;
      });
      const run = jest.fn<Run>(async () => OK);
      const pool = { take: async () => taken } as unknown as YtDlpWarmPool;
      const sut = new YtDlpRunner(
        { run, follow } as unknown as ProcessRunner,
        { binary: '/opt/yt-dlp', timeoutMs: 9000 },
        new YtDlpWarnings({ now: () => 0 }),
        pool,
      );
      return { sut, child, started, follow, run };
    }

    it('hands it the argv a cold start would get and supervises it the same way', async () => {
      const seen: YtDlpProgress[] = [];
      const signal = new AbortController().signal;
      const { sut, child, started, follow, run } = warmSetup({} as WarmYtDlp);
      await sut.download(INPUT, { signal, onProgress: (p) => seen.push(p) }).catch(() => undefined);
      expect(started).toEqual([buildYtDlpArgs(INPUT)]);
      expect(follow).toHaveBeenCalledTimes(1);
      expect(follow.mock.calls[0]?.[0]).toBe(child);
      expect(follow.mock.calls[0]?.[1]).toBe('/opt/yt-dlp');
      expect(follow.mock.calls[0]?.[2]).toMatchObject({ timeoutMs: 9000, signal });
      expect(seen).toHaveLength(1);
      expect(run).not.toHaveBeenCalled();
    });

    it('starts yt-dlp itself when none is waiting', async () => {
      const { sut, follow, run } = warmSetup(undefined);
      await sut.download(INPUT).catch(() => undefined);
      expect(run.mock.calls[0]?.[1]).toEqual(buildYtDlpArgs(INPUT));
      expect(follow).not.toHaveBeenCalled();
    });

    it('classifies its failure as a cold failure', async () => {
      const { sut, follow } = warmSetup({} as WarmYtDlp);
      follow.mockImplementation(async () =>
        Promise.reject(new ExternalToolError('yt-dlp', 1, 'ERROR: HTTP Error 503')),
      );
      const error = (await sut.download(INPUT).catch((e: unknown) => e)) as RetryableError;
      expect(error).toBeInstanceOf(RetryableError);
      expect(error.details).toEqual({ tool: 'yt-dlp', kind: 'http-5xx', exitCode: 1 });
    });
  });
});
