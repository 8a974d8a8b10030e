import { rename, rm } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { ExternalToolError, PermanentError } from '@app/core';
import { ProcessRunner } from '@app/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { AudioInfo } from './audio-info.js';
import {
  buildAnalyseArgs,
  buildFfmpegArgs,
  buildProbeArgs,
  type ConversionPlan,
  type OutputPolicy,
  planConversion,
} from './build-ffmpeg-args.js';
import { FFMPEG_OPTIONS } from './ffmpeg.options.js';
import type { FfmpegOptions } from './ffmpeg.options.js';
import { decodedDurationMs, decodeErrorLines } from './parse-decode.js';
import { parseFfprobe } from './parse-ffprobe.js';
import { type Loudness, parseLoudness } from './parse-loudness.js';
import { parseSilence, type Silence } from './parse-silence.js';
import { type VerifyResult, type VerifyTolerance, verifyAudio } from './verify-audio.js';

export interface ConvertResult {
  output: string;
  source: AudioInfo;
  result: AudioInfo;
  reencoded: boolean;
}

export interface Analysis {
  loudness?: Loudness;
  silence: Silence;
  decodedMs: number;
  /** The first few error lines ffmpeg logged while decoding. */
  decodeErrors: string[];
}

export interface VerifyOptions {
  signal?: AbortSignal;
  expectedDurationMs?: number;
  tolerance?: Partial<VerifyTolerance>;
}

const KEPT_ERROR_LINES = 5;
// What ffprobe/ffmpeg say about files that are not media at all; retrying cannot help.
const UNREADABLE =
  /Invalid data found when processing input|moov atom not found|Failed to read frame size|could not find codec parameters/i;

/**
 * The only place that runs ffmpeg and ffprobe. It uses ProcessRunner rather than fluent-ffmpeg: the argv is
 * built by a pure, table-tested builder and passed through unchanged, and ProcessRunner stops the whole
 * process group on abort or timeout; fluent-ffmpeg would assemble its own argv and is no longer maintained.
 */
@Injectable()
export class FfmpegRunner {
  constructor(
    private readonly runner: ProcessRunner,
    @Inject(FFMPEG_OPTIONS) private readonly options: FfmpegOptions,
  ) {}

  async probe(file: string, opts: { signal?: AbortSignal } = {}): Promise<AudioInfo> {
    const run = await this.run(this.options.ffprobe, buildProbeArgs(file), file, opts.signal);
    return parseFfprobe(run.stdout);
  }

  /** Writes the converted file under a temporary name and renames it only once ffmpeg has finished. */
  async convert(
    input: string,
    outputDir: string,
    policy: OutputPolicy,
    opts: { signal?: AbortSignal } = {},
  ): Promise<ConvertResult> {
    const source = await this.probe(input, opts);
    const plan = planConversion(source, policy);
    if (plan.kind === 'refused') throw new PermanentError(plan.reason, { details: { policy, codec: source.codec } });
    const output = outputPath(input, outputDir, plan);
    const partial = `${output}.part`;
    try {
      await this.run(this.options.ffmpeg, buildFfmpegArgs(input, partial, plan), input, opts.signal);
      await rename(partial, output);
    } finally {
      await rm(partial, { force: true });
    }
    const result = await this.probe(output, opts);
    return { output, source, result, reencoded: plan.reencode };
  }

  /** Loudness, silence and decode errors from a single decoding pass. */
  async analyse(file: string, opts: { signal?: AbortSignal } = {}): Promise<Analysis> {
    const lines: string[] = [];
    let errorCount = 0;
    const { stdout } = await this.runner
      .run(this.options.ffmpeg, buildAnalyseArgs(file), {
        timeoutMs: this.options.timeoutMs,
        signal: opts.signal,
        // A damaged file can log thousands of errors; only a few are kept so memory stays bounded.
        onStderrLine: (line) => {
          if (decodeErrorLines(line).length > 0 && errorCount++ >= KEPT_ERROR_LINES) return;
          lines.push(line);
        },
      })
      .catch((error: unknown) => Promise.reject(unreadable(error, file)));
    const stderr = lines.join('\n');
    const decodedMs = decodedDurationMs(stdout) ?? 0;
    const loudness = parseLoudness(stderr);
    return {
      ...(loudness && { loudness }),
      silence: parseSilence(stderr, decodedMs),
      decodedMs,
      decodeErrors: decodeErrorLines(stderr),
    };
  }

  async verify(
    file: string,
    opts: VerifyOptions = {},
  ): Promise<{ verdict: VerifyResult; info: AudioInfo; analysis: Analysis }> {
    const info = await this.probe(file, opts);
    const analysis = await this.analyse(file, opts);
    const verdict = verifyAudio(
      {
        measuredDurationMs: analysis.decodedMs,
        ...(opts.expectedDurationMs !== undefined && { expectedDurationMs: opts.expectedDurationMs }),
        declaredDurationMs: info.durationMs,
        silence: analysis.silence,
        decodeErrors: analysis.decodeErrors.length > 0,
      },
      opts.tolerance,
    );
    return { verdict, info, analysis };
  }

  private run(bin: string, args: string[], file: string, signal: AbortSignal | undefined) {
    return this.runner
      .run(bin, args, { timeoutMs: this.options.timeoutMs, signal })
      .catch((error: unknown) => Promise.reject(unreadable(error, file)));
  }
}

function unreadable(error: unknown, file: string): unknown {
  if (!(error instanceof ExternalToolError) || !UNREADABLE.test(error.stderrTail)) return error;
  return new PermanentError(`${basename(file)} is not a readable audio file`, { cause: error });
}

function outputPath(input: string, outputDir: string, plan: ConversionPlan): string {
  const stem = basename(input, extname(input));
  const output = join(outputDir, `${stem}.${plan.extension}`);
  // Never let ffmpeg write over the file it is reading.
  return resolve(output) === resolve(input) ? join(outputDir, `${stem}.converted.${plan.extension}`) : output;
}
