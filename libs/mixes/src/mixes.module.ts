import { Module } from '@nestjs/common';
import { LinkInfoStore } from '@app/acquisition';
import { LibraryIndex, LibraryReadsModule } from '@app/library';
import { TagFilesModule } from '@app/tagger';
import { MixesController } from './api/mixes.controller.js';
import { ChapterWriter } from './chapters/chapter-writer.js';
import { MixFiles } from './files/mix-files.js';
import { AttachLinkTracklists } from './links/attach-link-tracklists.js';
import { RecordingLookup } from './matching/recording-lookup.js';
import { LibraryCandidates } from './matching/library-candidates.js';
import { MixesService } from './mixes.service.js';
import { MixSearch } from './search/mix-search.js';
import { MixSplitter } from './split/mix-splitter.js';
import { MixSplits } from './split/mix-splits.service.js';
import { PartIndexer } from './split/part-indexer.js';
import { MixStore } from './store/mix-store.js';

/** DJ mixes: tracklists, CUE sheets, chapters, splitting and search. */
@Module({
  imports: [TagFilesModule, LibraryReadsModule],
  controllers: [MixesController],
  providers: [
    LibraryIndex,
    MixStore,
    MixSearch,
    LibraryCandidates,
    MixFiles,
    ChapterWriter,
    MixSplitter,
    PartIndexer,
    MixSplits,
    MixesService,
    LinkInfoStore,
    AttachLinkTracklists,
    RecordingLookup,
  ],
  exports: [MixesService, MixSplits],
})
export class MixesModule {}
