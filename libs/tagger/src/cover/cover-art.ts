import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ExternalToolError, PermanentError } from '@app/core';
import { ProcessRunner } from '@app/platform';
import type { CoverImage } from '../file-tags.js';
import { buildCoverArgs } from './build-cover-args.js';
import { type ImageInfo, imageInfo } from './image-info.js';

export interface PrepareOptions {
  /** Folder for ffmpeg's output (the job's folder); the temp folder when not given. */
  workDir?: string;
  signal?: AbortSignal;
}

/** Turns a downloaded picture into the cover TrueTrack embeds: a JPEG no larger than the configured edge. */
@Injectable()
export class CoverArt {
  constructor(
    private readonly runner: ProcessRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Resizes to `maxEdge` on the longest side (never up) and re-encodes as JPEG; JPEG, PNG or WebP in. */
  async prepare(bytes: Uint8Array, maxEdge: number, options: PrepareOptions = {}): Promise<CoverImage> {
    if (!(maxEdge >= 1)) throw new PermanentError(`A cover needs a longest edge of at least 1 px, not ${maxEdge}`);
    const source = imageInfo(bytes);
    if (!source) throw new PermanentError(`The cover is not a JPEG, PNG or WebP image (${describe(bytes)})`);
    const workDir = options.workDir ?? this.config.paths.tmpDir;
    await mkdir(workDir, { recursive: true });
    const output = join(workDir, `cover-${randomUUID()}.jpg`);
    try {
      await this.encode(bytes, source.mimeType, maxEdge, output, options.signal);
      const data = await readFile(output);
      const result = imageInfo(data);
      if (result?.mimeType !== 'image/jpeg') throw new PermanentError('ffmpeg did not produce a JPEG cover');
      return { mimeType: result.mimeType, data, width: result.width, height: result.height };
    } finally {
      await rm(output, { force: true });
    }
  }

  private async encode(
    bytes: Uint8Array,
    type: ImageInfo['mimeType'],
    maxEdge: number,
    output: string,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const args = buildCoverArgs(type, maxEdge, output);
    const timeoutMs = this.config.tools.ffmpegTimeoutMs;
    try {
      await this.runner.run(this.config.tools.ffmpeg, args, { stdin: bytes, signal, timeoutMs });
    } catch (error) {
      // ffmpeg ran and refused the bytes: the picture is broken, and stays broken on every try.
      if (!(error instanceof ExternalToolError) || error.exitCode === null) throw error;
      const why = error.stderrTail.trim();
      throw new PermanentError(`The cover (${type}) cannot be decoded: ${why}`, { cause: error });
    }
  }
}

function describe(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'no bytes';
  const head = Buffer.from(bytes.subarray(0, 8)).toString('hex');
  return `${bytes.length} bytes starting ${head}`;
}
