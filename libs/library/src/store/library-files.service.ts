import { Inject, Injectable } from '@nestjs/common';
import type { TrackMetadata } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { archivePath } from './archive-path.js';
import { replaceFile, type ReplaceResult } from './replace-file.js';
import { resolveInside } from './resolve-inside.js';
import type { TransferMode } from './staged-file.js';
import { storeFile, type StoreResult } from './store-file.js';
import { uniqueSibling } from './unique-sibling.js';

/** The store primitives bound to the configured library root, archive folder and import mode. */
@Injectable()
export class LibraryFiles {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get root(): string {
    return this.config.paths.libraryRoot;
  }

  resolve(relative: string): Promise<string> {
    return resolveInside(this.root, relative);
  }

  store(source: string, relative: string, mode: TransferMode = this.config.library.importMode): Promise<StoreResult> {
    return storeFile(source, this.root, relative, { mode });
  }

  replace(
    source: string,
    relative: string,
    mode: TransferMode = this.config.library.importMode,
  ): Promise<ReplaceResult> {
    return replaceFile(source, this.root, relative, { mode });
  }

  uniqueSibling(relative: string): Promise<string> {
    return uniqueSibling(this.root, relative);
  }

  archivePath(metadata: TrackMetadata, extension: string): string {
    return archivePath(metadata, this.config.library.archiveFolder, extension);
  }
}
