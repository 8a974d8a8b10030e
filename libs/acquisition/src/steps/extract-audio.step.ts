import { rm } from 'node:fs/promises';
import { Inject, Optional } from '@nestjs/common';
import { JobState } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PermanentError, type ProviderFailure } from '@app/core';
import { pathExists } from '@app/platform';
import { freshFolder, jobFolder, type PipelineStep, type StepContext, StepHandler, type StepOutcome } from '@app/jobs';
import { SameAudioFinder } from '@app/library';
import { Fingerprinter, TagReader } from '@app/tagger';
import { gatherLinkEvidence } from '../links/link-evidence.js';
import { FfmpegRunner } from '../ffmpeg/ffmpeg.runner.js';
import { askForRecording } from './ask-for-recording.js';
import { fingerprintKeptFile } from './fingerprint-kept-file.js';
import { IntentCandidates } from './intent-candidates.js';

/**
 * EXTRACTING: convert by the output policy (default: keep the source codec), measure loudness and verify
 * length, silence and integrity, then fingerprint the kept file. A file that fails the checks falls back to
 * the next source, up to TRUETRACK_SOURCE_FALLBACKS times; after the last one a person is asked which
 * recording to try instead.
 */
@StepHandler(JobState.Extracting)
export class ExtractAudioStep implements PipelineStep {
  constructor(
    private readonly ffmpeg: FfmpegRunner,
    private readonly fingerprinter: Fingerprinter,
    private readonly intents: IntentCandidates,
    private readonly reader: TagReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    // Absent where the library module is not loaded (the acquisition module's own tests).
    @Optional() private readonly library?: SameAudioFinder,
  ) {}

  async run(ctx: StepContext): Promise<StepOutcome> {
    const data = ctx.job.data;
    const download = data.download;
    const input = download?.filePath;
    if (!input) throw new PermanentError('EXTRACTING needs a downloaded file, and this job has none');
    if (!(await pathExists(input))) {
      return {
        next: JobState.Downloading,
        reason: 'The downloaded file is gone (its temp folder was cleaned up); downloading it again',
        data: { ...data, download: null },
      };
    }
    const outputDir = await freshFolder(jobFolder(this.config.paths.tmpDir, ctx.job.id, 'audio'));
    const policy = ctx.job.options.format ?? this.config.acquisition.outputPolicy;
    const converted = await this.ffmpeg.convert(input, outputDir, policy, { signal: ctx.signal });
    ctx.progress(0.5, { phase: 'verifying' });
    const expectedDurationMs = data.recording?.durationMs;
    const { verdict, analysis } = await this.ffmpeg.verify(converted.output, {
      signal: ctx.signal,
      expectedDurationMs,
    });
    if (!verdict.ok) {
      await rm(converted.output, { force: true });
      if (download.onlySource) {
        throw new PermanentError(
          `The file failed the checks, and it has no other source: ${verdict.reasons.join('; ')}`,
        );
      }
      return this.fallBack(ctx, verdict.reasons);
    }
    ctx.progress(0.8, { phase: 'fingerprinting' });
    const { fingerprint, note } = this.config.acquisition.fingerprint
      ? await fingerprintKeptFile(this.fingerprinter, converted.output, ctx.signal)
      : {};
    // A link names no recording: what the download says about itself is read before the original is gone.
    const sourceUrl = data.sourceUrl;
    const linkEvidence =
      typeof sourceUrl === 'string' && !data.recording
        ? await gatherLinkEvidence(
            {
              sourceUrl,
              downloadedFile: input,
              info: download?.info,
              durationMs: converted.result.durationMs,
              fingerprint,
            },
            this.reader,
            this.library,
          )
        : undefined;
    await rm(input, { force: true });
    const audio = {
      file: converted.output,
      source: converted.source,
      output: converted.result,
      reencoded: converted.reencoded,
    };
    const done = `${converted.reencoded ? 'Converted' : 'Remuxed'} ${converted.source.codec} to ${converted.result.codec}; checks passed`;
    return {
      next: JobState.MatchingMetadata,
      reason: note ? `${done} (${note})` : done,
      data: {
        ...data,
        audio,
        loudness: analysis.loudness ?? null,
        ...(fingerprint && { fingerprint }),
        ...(linkEvidence && { linkEvidence }),
      },
    };
  }

  private async fallBack(ctx: StepContext, reasons: string[]): Promise<StepOutcome> {
    const data = ctx.job.data;
    const sources = data.sources ?? [];
    const index = Number(data.sourceIndex ?? 0);
    const used = Number(data.fallbacksUsed ?? 0);
    const failures = [...(data.sourceFailures ?? []), `${sources[index]?.url}: ${reasons.join('; ')}`];
    if (index + 1 >= sources.length || used >= this.config.acquisition.sourceFallbacks) {
      return this.ask(ctx, 'No source passed the checks', failures);
    }
    return {
      next: JobState.Downloading,
      reason: `Source ${index + 1} failed the checks (${reasons.join('; ')}); trying source ${index + 2}`,
      data: { ...data, sourceIndex: index + 1, fallbacksUsed: used + 1, sourceFailures: failures },
    };
  }

  private async ask(ctx: StepContext, why: string, failures: (string | ProviderFailure)[]): Promise<StepOutcome> {
    return askForRecording(ctx.job.data, await this.intents.find(ctx.job.id), why, failures);
  }
}
