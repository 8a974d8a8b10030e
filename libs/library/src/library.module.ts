import { Module } from '@nestjs/common';
import { TagFilesModule } from '@app/tagger';
import { LibraryScansController } from './api/library-scans.controller.js';
import { LibraryTracksController } from './api/library-tracks.controller.js';
import { LibraryTracks } from './api/library-tracks.service.js';
import { TrackFiles } from './api/track-file.service.js';
import { TrackMedia } from './api/track-media.service.js';
import { ImportController } from './import/import.controller.js';
import { ImportService } from './import/import.service.js';
import { LibraryRenameController } from './rename/library-rename.controller.js';
import { LibraryRenamer } from './rename/library-renamer.service.js';
import { SameAudioModule } from './dedup/same-audio.module.js';
import { LibraryIndex } from './index-store/library-index.repository.js';
import { LibraryScanner } from './scan/library-scanner.service.js';
import { MovedTracks } from './scan/moved-tracks.js';
import { NamingController } from './naming/naming.controller.js';
import { NamingSettings } from './naming/naming-settings.service.js';
import { TrackNamer } from './naming/track-namer.service.js';
import { LibraryFiles } from './store/library-files.service.js';
import { LibraryRoot } from './store/library-root.service.js';
import { ImportFileStep } from './steps/import-file.step.js';
import { StoreTrackStep } from './steps/store-track.step.js';
import { DuplicatesController } from './duplicates/duplicates.controller.js';
import { Duplicates } from './duplicates/duplicates.service.js';
import { ImportIntake } from './watch/import-intake.service.js';
import { LibraryFollower } from './watch/library-follower.service.js';
import { WatchController } from './watch/watch.controller.js';
import { WatchLedger } from './watch/watch-ledger.repository.js';
import { WatchService } from './watch/watch.service.js';

/** Naming, dedup, atomic store, the library index and scans, an import's first step and the STORING step. */
@Module({
  imports: [TagFilesModule, SameAudioModule],
  controllers: [
    LibraryTracksController,
    LibraryScansController,
    NamingController,
    ImportController,
    LibraryRenameController,
    WatchController,
    DuplicatesController,
  ],
  providers: [
    LibraryIndex,
    MovedTracks,
    LibraryScanner,
    LibraryTracks,
    TrackFiles,
    TrackMedia,
    NamingSettings,
    TrackNamer,
    LibraryFiles,
    ImportFileStep,
    StoreTrackStep,
    LibraryRoot,
    ImportService,
    LibraryRenamer,
    WatchLedger,
    ImportIntake,
    LibraryFollower,
    WatchService,
    Duplicates,
  ],
  exports: [LibraryScanner, LibraryTracks, NamingSettings, TrackNamer, LibraryFiles, WatchService],
})
export class LibraryModule {}
