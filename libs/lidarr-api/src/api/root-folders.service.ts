import { statfs } from 'node:fs/promises';
import { basename } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';

/** The library root is Lidarr's one root folder, with its free and total space. */
@Injectable()
export class RootFolders {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async list() {
    const path = this.config.paths.libraryRoot;
    const space = await statfs(path).catch(() => undefined);
    return [
      {
        id: 1,
        name: basename(path) || path,
        path,
        defaultMetadataProfileId: 1,
        defaultQualityProfileId: 1,
        defaultMonitorOption: 'all',
        defaultNewItemMonitorOption: 'all',
        defaultTags: [],
        accessible: space !== undefined,
        ...(space && { freeSpace: space.bavail * space.bsize, totalSpace: space.blocks * space.bsize }),
      },
    ];
  }
}
