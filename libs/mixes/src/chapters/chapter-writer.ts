import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { ProcessRunner } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { buildEmbedChaptersArgs, chapterMethod, type ChapterMethod } from './build-embed-chapters-args.js';
import { buildFfmetadata } from './build-ffmetadata.js';
import type { Chapter } from './chapter.js';
import { probeAudio } from './probe-audio.js';

const EMBED_TIMEOUT_MS = 10 * 60_000;

/** Embeds chapters into a mix through a copy beside it that then replaces the file; the audio is not touched. */
@Injectable()
export class ChapterWriter {
  constructor(private readonly runner: ProcessRunner) {}

  async embed(file: string, chapters: Chapter[], signal?: AbortSignal): Promise<ChapterMethod> {
    const probe = await probeAudio(this.runner, file, signal);
    const method = chapterMethod(probe.container, probe.codec);
    const token = randomBytes(6).toString('hex');
    const temp = join(dirname(file), `.${basename(file, extname(file))}.${token}.chapters${extname(file)}`);
    const metadataFile = join(dirname(file), `.${token}.ffmetadata.txt`);
    try {
      if (method === 'ffmetadata') await writeFile(metadataFile, buildFfmetadata(chapters), 'utf8');
      const tags = method === 'vorbis-comments-stream' ? probe.streamTags : probe.formatTags;
      const args = buildEmbedChaptersArgs({ source: file, target: temp, method, metadataFile, tags, chapters });
      await this.runner.run('ffmpeg', args, { timeoutMs: EMBED_TIMEOUT_MS, ...(signal ? { signal } : {}) });
      await rename(temp, file);
      return method;
    } finally {
      await rm(temp, { force: true });
      await rm(metadataFile, { force: true });
    }
  }
}
