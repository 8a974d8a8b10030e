import { LibraryTrackEntity } from './index-store/library-track.entity.js';
import { WatchFileEntity } from './watch/watch-file.entity.js';

export const LIBRARY_ENTITIES = [LibraryTrackEntity, WatchFileEntity];
