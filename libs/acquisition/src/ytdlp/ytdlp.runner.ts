import { readdir, rm, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { ExternalToolError, PermanentError, RetryableError } from '@app/core';
import { isAbortError, ProcessRunner, type RunOptions } from '@app/platform';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { buildYtDlpArgs, YTDLP_PROGRESS_PREFIX, type YtDlpArgsInput } from './build-ytdlp-args.js';
import { buildYtDlpProbeArgs, type YtDlpProbeInput } from './build-ytdlp-probe-args.js';
import { classifyYtDlpFailure } from './classify-ytdlp-failure.js';
import { type LinkContents, parseYtDlpPlaylist } from './parse-ytdlp-playlist.js';
import { parseYtDlpInfo, type YtDlpInfo } from './parse-ytdlp-info.js';
import { parseYtDlpProgress, type YtDlpProgress } from './parse-ytdlp-progress.js';
import { YtDlpWarmPool } from './warm/ytdlp-warm-pool.js';
import { YtDlpWarnings } from './ytdlp-warnings.js';

export interface YtDlpOptions {
  /** Path or name of the yt-dlp executable. */
  binary: string;
  /** Upper limit for one download, after which the process group is stopped. */
  timeoutMs: number;
}

/** Injection token of the {@link YtDlpOptions}. */
export const YTDLP_OPTIONS = Symbol('YTDLP_OPTIONS');

export interface YtDlpDownloadOptions {
  signal?: AbortSignal;
  onProgress?(progress: YtDlpProgress): void;
}

export interface YtDlpDownload {
  filePath: string;
  bytes: number;
  /** What the site said about the recording (track, artist, title, uploader…), when yt-dlp printed it. */
  info?: YtDlpInfo;
}

const VERSION_TIMEOUT_MS = 15_000;
const PARTIAL_FILE = /\.(part|ytdl)$|\.part-Frag\d+/;

/**
 * Runs yt-dlp through ProcessRunner rather than youtube-dl-exec: that wrapper spawns without its own process
 * group (so an abort cannot stop what yt-dlp starts, e.g. ffmpeg) and builds argv from an object via dargs,
 * whereas the argv here must be exactly what buildYtDlpArgs returns.
 */
@Injectable()
export class YtDlpRunner {
  constructor(
    private readonly processes: ProcessRunner,
    @Inject(YTDLP_OPTIONS) private readonly options: YtDlpOptions,
    private readonly warnings: YtDlpWarnings,
    @Optional() private readonly warm?: YtDlpWarmPool,
  ) {}

  async version(): Promise<string> {
    const result = await this.processes.run(this.options.binary, ['--version'], { timeoutMs: VERSION_TIMEOUT_MS });
    return result.stdout.trim();
  }

  /** Downloads the best audio of `input.url` into `input.outputDir`; on any failure leaves no new files there. */
  async download(input: YtDlpArgsInput, opts: YtDlpDownloadOptions = {}): Promise<YtDlpDownload> {
    const args = buildYtDlpArgs(input);
    const before = new Set(await listFiles(input.outputDir));
    const printed: string[] = [];
    let info: YtDlpInfo | undefined;
    const runOptions: RunOptions = {
      timeoutMs: this.options.timeoutMs,
      signal: opts.signal,
      onStdoutLine: (line) => {
        const parsed = parseYtDlpInfo(line);
        if (parsed) info = parsed;
        else onLine(line, printed, opts.onProgress);
      },
    };
    try {
      await this.run(args, runOptions);
      const download = await checkOutput(input.outputDir, printed.at(-1));
      return info ? { ...download, info } : download;
    } catch (error) {
      await removeNewFiles(input.outputDir, before);
      throw this.toDownloadError(error);
    }
  }

  /** A warm yt-dlp when one is waiting (same argv, same supervision), else yt-dlp started now. */
  private async run(args: string[], runOptions: RunOptions): Promise<void> {
    const warm = runOptions.signal?.aborted ? undefined : await this.warm?.take();
    if (warm) await this.processes.follow(warm.start(args), this.options.binary, runOptions);
    else await this.processes.run(this.options.binary, args, runOptions);
  }

  /** Whether a link is one recording or a playlist of entries, without downloading anything. */
  async probe(input: YtDlpProbeInput, opts: { signal?: AbortSignal } = {}): Promise<LinkContents> {
    try {
      const result = await this.processes.run(this.options.binary, buildYtDlpProbeArgs(input), {
        timeoutMs: this.options.timeoutMs,
        signal: opts.signal,
      });
      return parseYtDlpPlaylist(result.stdout);
    } catch (error) {
      if (error instanceof SyntaxError) throw new RetryableError(`yt-dlp printed no readable JSON for ${input.url}`);
      throw this.toDownloadError(error);
    }
  }

  private toDownloadError(error: unknown): unknown {
    if (isAbortError(error) || !(error instanceof ExternalToolError)) return error;
    const failure = classifyYtDlpFailure(error.stderrTail);
    const message = `yt-dlp failed (${failure.kind}): ${failure.message}`;
    const options = { cause: error, details: { tool: 'yt-dlp', kind: failure.kind, exitCode: error.exitCode } };
    if (failure.permanent) return new PermanentError(message, options);
    this.warnings.record(failure.kind, failure.message);
    return new RetryableError(message, options);
  }
}

function onLine(line: string, printed: string[], onProgress: YtDlpDownloadOptions['onProgress']): void {
  if (line.startsWith(YTDLP_PROGRESS_PREFIX)) {
    const progress = parseYtDlpProgress(line);
    if (progress) onProgress?.(progress);
  } else if (line.trim()) {
    printed.push(line.trim());
  }
}

async function checkOutput(outputDir: string, printedPath: string | undefined): Promise<YtDlpDownload> {
  if (!printedPath) throw new RetryableError('yt-dlp finished without naming the downloaded file');
  const filePath = resolve(outputDir, printedPath);
  const inside = relative(resolve(outputDir), filePath);
  if (inside.startsWith('..') || inside === '') {
    throw new PermanentError(`yt-dlp wrote outside its output folder: ${filePath}`);
  }
  const info = await stat(filePath).catch(() => undefined);
  if (!info?.isFile()) throw new RetryableError(`yt-dlp reported ${filePath}, which does not exist`);
  if (info.size === 0) throw new RetryableError(`yt-dlp wrote an empty file: ${filePath}`);
  return { filePath, bytes: info.size };
}

async function listFiles(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

/** Removes what this run added (the output, if it got that far) and any partial download left behind. */
async function removeNewFiles(dir: string, before: ReadonlySet<string>): Promise<void> {
  const names = await listFiles(dir);
  const doomed = names.filter((name) => !before.has(name) || PARTIAL_FILE.test(name));
  await Promise.all(doomed.map((name) => rm(join(dir, name), { force: true, recursive: true })));
}
