import { Module } from '@nestjs/common';
import { TagTrackStep } from './steps/tag-track.step.js';
import { TagFilesModule } from './tag-files.module.js';

/** The TAGGING step, working through the tag files module (which it exports along). */
@Module({
  imports: [TagFilesModule],
  providers: [TagTrackStep],
  exports: [TagFilesModule],
})
export class TaggerModule {}
