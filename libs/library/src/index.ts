export { LibraryModule } from './library.module.js';
export { LibraryTrackEntity } from './index-store/library-track.entity.js';

/** Entities of the library tables, registered with the data source by the app. */
export { LIBRARY_ENTITIES } from './library-entities.js';
