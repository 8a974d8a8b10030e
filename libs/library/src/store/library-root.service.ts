import { mkdir, stat } from 'node:fs/promises';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';

/**
 * Makes sure the configured library folder exists when the service starts, so a first start with the
 * defaults works. Only at boot: the store itself never creates the root, so a share that goes away later
 * fails jobs instead of filling the disk under its mount point.
 */
@Injectable()
export class LibraryRoot implements OnApplicationBootstrap {
  private readonly logger = new Logger(LibraryRoot.name);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    const root = this.config.paths.libraryRoot;
    const found = await stat(root).catch(() => undefined);
    if (found?.isDirectory()) return;
    if (found) {
      this.logger.error(`The library root ${root} is not a folder; storing will fail until it is`);
      return;
    }
    try {
      await mkdir(root, { recursive: true });
      this.logger.log(`Created the library folder ${root}`);
    } catch (error) {
      this.logger.error(`Cannot create the library folder ${root}: ${(error as Error).message}`);
    }
  }
}
