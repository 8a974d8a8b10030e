import { Get, Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { LidarrController } from '../http/lidarr-controller.decorator.js';
import { METADATA_PROFILES, QUALITY_PROFILES } from './profiles.js';
import { RootFolders } from './root-folders.service.js';
import { systemStatus } from './system-status.js';

const STARTED = Date.now();

/** `system/status`, `rootfolder`, `qualityprofile` and `metadataprofile`: what clients read before anything else. */
@LidarrController('')
export class LidarrSystemController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly rootFolders: RootFolders,
  ) {}

  @Get('system/status')
  status() {
    return systemStatus(STARTED, this.config.db.type);
  }

  @Get('rootfolder')
  rootFolder() {
    return this.rootFolders.list();
  }

  @Get('qualityprofile')
  qualityProfiles() {
    return QUALITY_PROFILES;
  }

  @Get('metadataprofile')
  metadataProfiles() {
    return METADATA_PROFILES;
  }
}
