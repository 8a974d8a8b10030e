import { Module } from '@nestjs/common';
import { TaggerModule } from '@app/tagger';

/** Naming, dedup, atomic store, the library index and scans, and the STORING step. */
@Module({
  imports: [TaggerModule],
  providers: [],
  exports: [],
})
export class LibraryModule {}
