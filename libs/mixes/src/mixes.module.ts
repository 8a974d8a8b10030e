import { Module } from '@nestjs/common';
import { LinkInfoStore } from '@app/acquisition';
import { LibraryIndex } from '@app/library';
import { MixesController } from './api/mixes.controller.js';
import { ChapterWriter } from './chapters/chapter-writer.js';
import { MixFiles } from './files/mix-files.js';
import { AttachLinkTracklists } from './links/attach-link-tracklists.js';
import { RecordingLookup } from './matching/recording-lookup.js';
import { LibraryCandidates } from './matching/library-candidates.js';
import { MixesService } from './mixes.service.js';
import { MixSearch } from './search/mix-search.js';
import { MixSplitter } from './split/mix-splitter.js';
import { MixStore } from './store/mix-store.js';

/** DJ mixes: tracklists, CUE sheets, chapters, splitting and search. */
@Module({
  controllers: [MixesController],
  providers: [
    LibraryIndex,
    MixStore,
    MixSearch,
    LibraryCandidates,
    MixFiles,
    ChapterWriter,
    MixSplitter,
    MixesService,
    LinkInfoStore,
    AttachLinkTracklists,
    RecordingLookup,
  ],
  exports: [MixesService],
})
export class MixesModule {}
