export { LibraryModule } from './library.module.js';
export { LibraryTrackEntity } from './index-store/library-track.entity.js';

/** Entities of the library tables, registered with the data source by the app. */
export { LIBRARY_ENTITIES } from './library-entities.js';

/** The library index: the `library_track` repository, its row builders and mappers. */
export {
  LibraryIndex,
  type IndexedFile,
  type KeptColumn,
  type TrackListQuery,
} from './index-store/library-index.repository.js';
export { fromReadResult, type FileStat } from './index-store/from-read-result.js';
export { toLibraryTrack, toLibraryTrackDetail } from './index-store/library-track.mapper.js';
export { escapeLike } from './index-store/track-query.js';

/** Scans that keep the index in step with the files, and the library API's services. */
export { LibraryScanner, type StartedScan } from './scan/library-scanner.service.js';
export { MovedTracks } from './scan/moved-tracks.js';
export { AUDIO_EXTENSIONS, isAudioFileName } from './scan/audio-file-names.js';
export { LibraryTracks } from './api/library-tracks.service.js';

/** The atomic store: safe paths under the root, no-overwrite publishing, replace and keep-both, quality. */
export { resolveInside, toLibraryRelative } from './store/resolve-inside.js';
export { storeFile, type StoreOptions, type StoreResult } from './store/store-file.js';
export { replaceFile, type ReplaceResult } from './store/replace-file.js';
export { isTemporaryName, type TransferMode, type TransferOptions } from './store/staged-file.js';
export { numberedSibling, uniqueSibling } from './store/unique-sibling.js';
export { PathEscapeError, TargetExistsError } from './store/store.errors.js';
export { compareQuality, type AudioQuality, type QualityComparison } from './store/compare-quality.js';
export { archivePath } from './store/archive-path.js';
export { LibraryFiles } from './store/library-files.service.js';

/** Naming: the templates in effect (settings over configuration) and where a track goes with them. */
export { NamingSettings, NAMING_SETTING_KEY } from './naming/naming-settings.service.js';
export { TrackNamer, type TrackPath } from './naming/track-namer.service.js';
export { NAMING_SAMPLES, renderSamples } from './naming/naming-samples.js';

/** Imports of files on disk: where they may come from, and the recording a file most likely is. */
export { importRoots, locateImportSource, type ImportSource } from './import/import-source.js';
export { recordingFromFile, type FileIdentity } from './import/recording-from-file.js';
export { StoreTrackStep, type StoredTrack } from './steps/store-track.step.js';
/** Audio the library already holds, recognised by fingerprint whatever the new file is called. */
export { SameAudioFinder, type SameAudioTrack } from './dedup/same-audio-finder.service.js';
export { LibraryRenamer } from './rename/library-renamer.service.js';
/** Watch folders: import folders and the library root followed as files arrive, move and go. */
export { WatchService, WATCH_FUNCTION, type WatchProblem } from './watch/watch.service.js';
export { hashContent, type ContentHashes } from './watch/content-hashes.js';
