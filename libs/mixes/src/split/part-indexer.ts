import { stat } from 'node:fs/promises';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { fromReadResult, hashContent, LibraryIndex, toLibraryRelative } from '@app/library';
import { TagReader } from '@app/tagger';

/** Puts a part's file in the library index as a scan would; a part cut again keeps its row (and id). */
@Injectable()
export class PartIndexer {
  constructor(
    private readonly index: LibraryIndex,
    private readonly reader: TagReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The part's index row: its id and library-relative path. */
  async add(absolute: string): Promise<{ id: string; path: string }> {
    const path = toLibraryRelative(this.config.paths.libraryRoot, absolute);
    const [read, hashes, facts] = await Promise.all([
      this.reader.read(absolute),
      hashContent(absolute),
      stat(absolute),
    ]);
    const row = fromReadResult(path, facts, read, hashes.sha256);
    row.xxhash64 = hashes.xxhash64;
    await this.index.upsertMany([row], ['jobId']);
    return (await this.index.findByPath(path))!;
  }
}
