import { copyFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Inject } from '@nestjs/common';
import { JobKind, JobState } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PermanentError } from '@app/core';
import { freshFolder, jobFolder, type PipelineStep, type StepContext, StepHandler, type StepOutcome } from '@app/jobs';
import { TagReader } from '@app/tagger';
import { locateImportSource } from '../import/import-source.js';
import { recordingFromFile } from '../import/recording-from-file.js';

/**
 * An import's first step, in DOWNLOADING's place: the file named by the job (checked again to lie inside the
 * library or an import folder, whoever created the job) is copied into the job's folder — the original stays
 * untouched until STORING — and who it is comes from its tags, or its file and folder names. From EXTRACTING on
 * the job goes on like a download, except that its copy is the only source: a copy that fails the checks fails
 * the job instead of falling back to another source.
 */
@StepHandler(JobState.Downloading, { kind: JobKind.Import })
export class ImportFileStep implements PipelineStep {
  constructor(
    private readonly reader: TagReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(ctx: StepContext): Promise<StepOutcome> {
    const path = ctx.job.query;
    const source = await locateImportSource(this.config, path);
    if (!source.ok) throw new PermanentError(`Cannot import ${path}: the path ${source.reason}`);
    // An unreadable file fails the job for good: TagFileError is permanent.
    const read = await this.reader.read(source.absolute);
    const identity = recordingFromFile(source.absolute, read);
    const folder = await freshFolder(jobFolder(this.config.paths.tmpDir, ctx.job.id, 'download'));
    const copy = join(folder, basename(source.absolute));
    const original = await stat(source.absolute);
    await copyFile(source.absolute, copy);
    const { artists, title } = identity.recording;
    return {
      next: JobState.Extracting,
      reason: `Importing ${artists.join(', ')} – ${title} (${identity.notes.join('; ')}); copied the file`,
      data: {
        ...ctx.job.data,
        // The original's identity: a move-mode import removes only this very file, not whatever is there later.
        import: {
          source: source.absolute,
          basis: identity.basis,
          identity: { dev: original.dev, ino: original.ino, size: original.size, mtimeMs: original.mtimeMs },
        },
        download: { filePath: copy, onlySource: true },
        recording: identity.recording,
      },
    };
  }
}
