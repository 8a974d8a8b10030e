import { cronSchedule, integer, text, url } from '../env-schema.js';
import { optional, setting } from './setting.js';

/** Listening history: where histories are imported from and relayed to, and when. */
export const LISTENING_SETTINGS = {
  listening: {
    listenBrainzUrl: setting(
      'TRUETRACK_LISTENBRAINZ_URL',
      'ListenBrainz API base URL for history imports (a mirror or a local server)',
      { default: 'https://api.listenbrainz.org', parse: url('http', 'https') },
    ),
    lastfmUrl: setting(
      'TRUETRACK_LASTFM_URL',
      'Last.fm API base URL for history imports (a mirror or a local server)',
      { default: 'https://ws.audioscrobbler.com/2.0', parse: url('http', 'https') },
    ),
    lastfmApiKey: optional('TRUETRACK_LASTFM_API_KEY', 'Last.fm API key; Last.fm histories are imported only with it', {
      parse: text,
      secret: true,
    }),
    lastfmSharedSecret: optional(
      'TRUETRACK_LASTFM_SHARED_SECRET',
      "the Last.fm API account's shared secret; with the key, listeners can connect Last.fm and have listens relayed (shown masked)",
      { parse: text, secret: true },
    ),
    lastfmAuthUrl: setting(
      'TRUETRACK_LASTFM_AUTH_URL',
      'the Last.fm page where a person allows TrueTrack to scrobble for them (`?api_key=&token=` are added)',
      { default: 'https://www.last.fm/api/auth/', parse: url('http', 'https') },
    ),
    syncSchedule: setting(
      'TRUETRACK_LISTENING_SYNC_SCHEDULE',
      "when every listener's ListenBrainz and Last.fm histories are synced (server time)",
      { default: '*/30 * * * *', parse: cronSchedule },
    ),
    requestIntervalMs: setting(
      'TRUETRACK_LISTENING_REQUEST_INTERVAL_MS',
      'least time between two requests to ListenBrainz or Last.fm while syncing',
      { default: '1000', parse: integer(0, 60_000) },
    ),
    relayRetryMs: setting(
      'TRUETRACK_LISTENING_RELAY_RETRY_MS',
      'how often listens queued for ListenBrainz and Last.fm are sent, and the first wait after a failure (doubling, up to 6 h)',
      { default: '30000', parse: integer(10, 3_600_000) },
    ),
    mappingSchedule: setting(
      'TRUETRACK_LISTEN_MAPPING_SCHEDULE',
      'when listens left unmapped (providers down, tracks added to the library since) are mapped again; `off` = only after intake and imports',
      { default: '*/10 * * * *', parse: cronSchedule },
    ),
  },
};
