/** The Lidarr-compatible API module; the composition root imports it after the feature modules. */
export { LidarrApiModule } from './lidarr-api.module.js';
/** Background work it starts (reading an artist's albums, commands); tests wait for `idle()`. */
export { BackgroundTasks } from './catalog/background-tasks.js';
/** Entities of the `lidarr_*` tables, registered with the data source by the app. */
export { LIDARR_ENTITIES } from './lidarr-entities.js';
