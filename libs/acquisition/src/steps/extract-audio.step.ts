import { rm } from 'node:fs/promises';
import { Inject } from '@nestjs/common';
import { JobState } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PermanentError } from '@app/core';
import { type PipelineStep, type StepContext, StepHandler, type StepOutcome } from '@app/jobs';
import { FfmpegRunner } from '../ffmpeg/ffmpeg.runner.js';
import type { SourceRef } from './download-audio.step.js';
import { freshFolder, jobFolder } from './job-folder.js';

/**
 * EXTRACTING: convert by the output policy (default: keep the source codec), measure loudness and verify
 * length, silence and integrity. A file that fails the checks falls back to the next source, up to
 * TRUETRACK_SOURCE_FALLBACKS times.
 */
@StepHandler(JobState.Extracting)
export class ExtractAudioStep implements PipelineStep {
  constructor(
    private readonly ffmpeg: FfmpegRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(ctx: StepContext): Promise<StepOutcome> {
    const data = ctx.job.data;
    const input = (data['download'] as { filePath?: string } | undefined)?.filePath;
    if (!input) throw new PermanentError('EXTRACTING needs a downloaded file, and this job has none');
    const outputDir = await freshFolder(jobFolder(this.config.paths.tmpDir, ctx.job.id, 'audio'));
    const policy = ctx.job.options.format ?? this.config.acquisition.outputPolicy;
    const converted = await this.ffmpeg.convert(input, outputDir, policy, { signal: ctx.signal });
    ctx.progress(0.5, { phase: 'verifying' });
    const expectedDurationMs = (data['recording'] as { durationMs?: number } | undefined)?.durationMs;
    const { verdict, analysis } = await this.ffmpeg.verify(converted.output, {
      signal: ctx.signal,
      expectedDurationMs,
    });
    if (!verdict.ok) {
      await rm(converted.output, { force: true });
      return this.fallBack(data, verdict.reasons);
    }
    await rm(input, { force: true });
    const audio = {
      file: converted.output,
      source: converted.source,
      output: converted.result,
      reencoded: converted.reencoded,
    };
    const reason = `${converted.reencoded ? 'Converted' : 'Remuxed'} ${converted.source.codec} to ${converted.result.codec}; checks passed`;
    return { next: JobState.MatchingMetadata, reason, data: { ...data, audio, loudness: analysis.loudness ?? null } };
  }

  private fallBack(data: Record<string, unknown>, reasons: string[]): StepOutcome {
    const sources = (data['sources'] as SourceRef[] | undefined) ?? [];
    const index = Number(data['sourceIndex'] ?? 0);
    const used = Number(data['fallbacksUsed'] ?? 0);
    const failures = [
      ...((data['sourceFailures'] as string[] | undefined) ?? []),
      `${sources[index]?.url}: ${reasons.join('; ')}`,
    ];
    if (index + 1 >= sources.length || used >= this.config.acquisition.sourceFallbacks) {
      throw new PermanentError(`No source passed the checks (${failures.join(' | ')})`);
    }
    return {
      next: JobState.Downloading,
      reason: `Source ${index + 1} failed the checks (${reasons.join('; ')}); trying source ${index + 2}`,
      data: { ...data, sourceIndex: index + 1, fallbacksUsed: used + 1, sourceFailures: failures },
    };
  }
}
