import { mkdir } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { sanitizeSegment } from '@app/core';
import { ProcessRunner } from '@app/platform';
import { Injectable } from '@nestjs/common';
import type { Chapter } from '../chapters/chapter.js';
import { probeAudio } from '../chapters/probe-audio.js';
import { buildSplitArgs, cutsToTheSample } from './build-split-args.js';
import { partFileName } from './part-file-name.js';

const PART_TIMEOUT_MS = 10 * 60_000;

export interface SplitResult {
  file: string;
  chapter: Chapter;
}

/** Cuts a mix into one file per chapter, in a folder beside the mix named after it. */
@Injectable()
export class MixSplitter {
  constructor(private readonly runner: ProcessRunner) {}

  /** `afterPart` runs on each part once it is cut, before the next is (tagging it, counting progress). */
  async split(
    mix: string,
    chapters: (Chapter & { artist: string })[],
    signal?: AbortSignal,
    afterPart?: (part: SplitResult, index: number) => Promise<void>,
  ): Promise<{ parts: SplitResult[]; sampleExact: boolean }> {
    const probe = await probeAudio(this.runner, mix, signal);
    const extension = extname(mix).slice(1);
    const folder = join(dirname(mix), sanitizeSegment(`${basename(mix, extname(mix))} (parts)`));
    await mkdir(folder, { recursive: true });
    const parts: SplitResult[] = [];
    for (const [i, chapter] of chapters.entries()) {
      const target = join(folder, partFileName(i + 1, chapter, extension));
      const args = buildSplitArgs({ source: mix, target, codec: probe.codec, ...chapter });
      await this.runner.run('ffmpeg', args, { timeoutMs: PART_TIMEOUT_MS, ...(signal ? { signal } : {}) });
      parts.push({ file: target, chapter });
      await afterPart?.({ file: target, chapter }, i);
    }
    return { parts, sampleExact: cutsToTheSample(probe.codec) };
  }
}
