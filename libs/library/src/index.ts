// The keys this library declares in a job's data (a JobData augmentation), seen by whoever imports the library.
import './job-data.js';
export { LibraryModule } from './library.module.js';
export { LibraryTrackEntity } from './index-store/library-track.entity.js';

/** Entities of the library tables, registered with the data source by the app. */
export { LIBRARY_ENTITIES } from './library-entities.js';

/** The library index: the `library_track` repository and its row builder. */
export { LibraryIndex } from './index-store/library-index.repository.js';
export { fromReadResult } from './index-store/from-read-result.js';

/** Scans that keep the index in step with the files, and the library API's track listing. */
export { LibraryScanner } from './scan/library-scanner.service.js';
export { LibraryTracks } from './api/library-tracks.service.js';

/** Safe paths under the library root. */
export { resolveInside, toLibraryRelative } from './store/resolve-inside.js';

/** The settings key the naming templates are kept under. */
export { NAMING_SETTING_KEY } from './naming/naming-settings.service.js';

/** Imports of files on disk: where they may come from, and the recording a file most likely is. */
export { locateImportSource } from './import/import-source.js';
/** Audio the library already holds, recognised by fingerprint whatever the new file is called. */
export { SameAudioFinder, type SameAudioTrack } from './dedup/same-audio-finder.service.js';
/** Watch folders: import folders and the library root followed as files arrive, move and go. */
export { WatchService } from './watch/watch.service.js';
export { hashContent } from './watch/content-hashes.js';
/** What other modules read from the library index, and the play counts listening keeps on its tracks. */
export { LibraryReadsModule } from './reads/library-reads.module.js';
export { LibraryTrackReads } from './reads/library-track-reads.js';
export { LibraryPlayCounts, type TrackPlays } from './reads/library-play-counts.js';
