import { LibraryTrackEntity } from './index-store/library-track.entity.js';

export const LIBRARY_ENTITIES = [LibraryTrackEntity];
