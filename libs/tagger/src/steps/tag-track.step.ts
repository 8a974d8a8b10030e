import { copyFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { Inject } from '@nestjs/common';
import { JobState, type TrackMetadata } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PermanentError } from '@app/core';
import { freshFolder, jobFolder, type PipelineStep, type StepContext, StepHandler, type StepOutcome } from '@app/jobs';
import { isAbortError, pathExists } from '@app/platform';
import { formatOf } from '../audio-format.js';
import { CoverArt } from '../cover/cover-art.js';
import { CoverDownloader } from '../cover/cover-download.js';
import { AUDIO_FORMATS, type CoverImage } from '../file-tags.js';
import { reasonOf } from '../tag-file.error.js';
import { TagWriter } from '../tag-writer.js';
import { taggingInput } from './tagging-input.js';

/** What TAGGING hands to STORING. */
export interface TaggedFile {
  file: string;
  lrcFile?: string;
  coverEmbedded: boolean;
  format: string;
}

/**
 * TAGGING: a copy of the converted file gets the settled metadata, ReplayGain, the source URL and the front
 * cover; synced lyrics go into an .lrc file beside it. A cover that cannot be had is a note, not a failure.
 */
@StepHandler(JobState.Tagging)
export class TagTrackStep implements PipelineStep {
  constructor(
    private readonly writer: TagWriter,
    private readonly coverArt: CoverArt,
    private readonly downloader: CoverDownloader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(ctx: StepContext): Promise<StepOutcome> {
    const data = ctx.job.data;
    const { audioFile, tags } = taggingInput(data);
    const format = formatOf(audioFile);
    if (!format) {
      const kind = extname(audioFile) || 'extension-less';
      throw new PermanentError(
        `TAGGING cannot tag ${kind} files (${basename(audioFile)}); it tags ${AUDIO_FORMATS.join(', ')}`,
      );
    }
    if (!(await pathExists(audioFile))) {
      return {
        next: JobState.Extracting,
        reason: 'The converted file is gone (its temp folder was cleaned up); converting it again',
        data: { ...data, audio: null },
      };
    }
    const folder = await freshFolder(jobFolder(this.config.paths.tmpDir, ctx.job.id, 'tagged'));
    const file = join(folder, basename(audioFile));
    await copyFile(audioFile, file);
    ctx.progress(0.1, { phase: 'cover' });
    const notes: string[] = [];
    const cover = await this.cover(tags.metadata, folder, ctx.signal, notes);
    ctx.progress(0.7, { phase: 'tags' });
    await this.writer.write(file, tags, { cover, id3Version: this.config.tagging.id3Version });
    const lrcFile = await this.writeLrc(file, tags.metadata);
    ctx.progress(1, { phase: 'done' });
    const tagged: TaggedFile = { file, ...(lrcFile && { lrcFile }), coverEmbedded: cover !== undefined, format };
    return { next: JobState.Storing, reason: this.reason(tagged, cover, notes), data: { ...data, tagged } };
  }

  private async cover(
    metadata: TrackMetadata,
    folder: string,
    signal: AbortSignal,
    notes: string[],
  ): Promise<CoverImage | undefined> {
    const maxEdge = this.config.tagging.coverMaxEdge;
    if (maxEdge <= 0 || !metadata.coverUrl) return undefined;
    try {
      const bytes = await this.downloader.download(metadata.coverUrl, signal);
      return await this.coverArt.prepare(bytes, maxEdge, { workDir: folder, signal });
    } catch (error) {
      if (signal.aborted || isAbortError(error)) throw error;
      notes.push(`cover art not embedded: ${reasonOf(error)}`);
      return undefined;
    }
  }

  private async writeLrc(file: string, metadata: TrackMetadata): Promise<string | undefined> {
    const synced = metadata.lyrics?.synced?.trim();
    if (!synced || !this.config.tagging.lrcFiles) return undefined;
    const lrcFile = `${file.slice(0, -extname(file).length)}.lrc`;
    await writeFile(lrcFile, `${synced}\n`, 'utf8');
    return lrcFile;
  }

  private reason(tagged: TaggedFile, cover: CoverImage | undefined, notes: string[]): string {
    const facts = [
      tagged.format === 'mp3' ? `ID3v2.${this.config.tagging.id3Version}` : tagged.format.toUpperCase(),
      cover ? `cover ${cover.width ?? '?'}×${cover.height ?? '?'}` : 'no cover',
      ...(tagged.lrcFile ? ['synced lyrics in .lrc'] : []),
    ];
    const note = notes.length ? `; ${notes.join('; ')}` : '';
    return `Tagged ${basename(tagged.file)} (${facts.join(', ')})${note}`;
  }
}
