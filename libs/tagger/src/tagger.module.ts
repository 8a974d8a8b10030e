import { Module } from '@nestjs/common';

/** Reading and writing tags (node-taglib-sharp), cover pictures, fingerprints, and the TAGGING step. */
@Module({
  providers: [],
  exports: [],
})
export class TaggerModule {}
