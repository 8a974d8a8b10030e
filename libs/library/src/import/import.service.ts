import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { type ImportResultDto, JobKind } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ValidationError } from '@app/core';
import { JobsService } from '@app/jobs';
import { isAudioFileName } from '../scan/audio-file-names.js';
import { walkLibrary } from '../scan/walk-library.js';
import { locateImportSource } from './import-source.js';

/** More files than this in one request is almost surely the wrong folder; the person can import parts of it. */
export const MAX_FILES_PER_IMPORT = 5_000;

/** Files on disk → one `import` job per audio file (identity from tags and names, then tags and store). */
@Injectable()
export class ImportService {
  constructor(
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(path: string): Promise<ImportResultDto> {
    const source = await locateImportSource(this.config, path);
    if (!source.ok) throw new ValidationError('path', `path ${source.reason}`);
    const facts = await stat(source.absolute);
    let files: string[];
    let skipped: ImportResultDto['skipped'] = [];
    if (facts.isDirectory()) {
      const walk = await walkLibrary(source.root, source.absolute);
      files = walk.files.map((file) => file.absolute);
      skipped = walk.problems;
    } else if (facts.isFile() && isAudioFileName(basename(source.absolute))) {
      files = [source.absolute];
    } else {
      throw new ValidationError('path', 'path must be an audio file (mp3, m4a, opus, ogg, flac…) or a folder');
    }
    if (files.length > MAX_FILES_PER_IMPORT) {
      throw new ValidationError(
        'path',
        `path holds ${files.length} audio files; import at most ${MAX_FILES_PER_IMPORT} at once (choose a folder inside it)`,
      );
    }
    const jobs = [];
    for (const file of files) jobs.push((await this.jobs.create({ query: file, kind: JobKind.Import })).job);
    return { jobs, skipped };
  }
}
