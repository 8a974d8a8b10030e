export { ListeningModule } from './listening.module.js';

/** Entities of the listening tables, registered with the data source by the app. */
export { LISTENING_ENTITIES } from './listening-entities.js';

/**
 * Mounted before the JSON parser: the ListenBrainz routes measure the raw body as ListenBrainz does, and history
 * files (up to 64 MB) are read raw by `POST /api/v1/listeners/:id/import-file`.
 */
export { readListenBrainzBody, readListeningFileBody } from './intake/listenbrainz-body.js';

/** The listens kept: stored once per listener, time, artist and title. */
export { ListenStore } from './listens/listen-store.js';

/** Read access to the listens and listeners for features built on the history (the taste dashboard). */
export { ListenReads } from './listens/listen-reads.js';
export { Listeners } from './listeners/listeners.service.js';
/** Which listeners' listens changed (stored or linked to library tracks), told after each commit. */
export { ListenEvents } from './listens/listen-events.js';

/** Jellyfin Webhook plugin PlaybackStop events, as the integrations lib receives them, become listens. */
export { JellyfinListens } from './jellyfin/jellyfin-listens.service.js';

/** Listens mapped to recordings and library tracks; `mapPending()` maps what is left now. */
export { ListenMapper } from './mapping/listen-mapper.service.js';
export { RECORDING_LOOKUP, type RecordingLookup, type RecordingAnswer } from './mapping/recording-lookup.js';
