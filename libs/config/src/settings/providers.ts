import { bool, headerText, integer, text, url } from '../env-schema.js';
import { hours, optional, type Setting, setting } from './setting.js';

/** External services TrueTrack asks; each can point at a mirror (or a loopback fake in tests). */
export const PROVIDER_IDS = [
  'musicbrainz',
  'itunes',
  'deezer',
  'coverartarchive',
  'youtube_music',
  'lrclib',
  'acoustid',
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

interface ProviderDeclaration {
  name: string;
  url: string;
  enabled: boolean;
  /** The README's "used for" cell. */
  usedFor: string;
}

export const PROVIDERS: Record<ProviderId, ProviderDeclaration> = {
  musicbrainz: {
    name: 'MusicBrainz',
    url: 'https://musicbrainz.org/ws/2',
    enabled: true,
    usedFor: 'recordings, releases, MusicBrainz ids',
  },
  itunes: { name: 'iTunes Search', url: 'https://itunes.apple.com', enabled: true, usedFor: 'recordings, artwork' },
  deezer: { name: 'Deezer', url: 'https://api.deezer.com', enabled: true, usedFor: 'recordings, ISRC' },
  coverartarchive: {
    name: 'Cover Art Archive',
    url: 'https://coverartarchive.org',
    enabled: true,
    usedFor: 'front covers of MusicBrainz releases',
  },
  youtube_music: {
    name: 'YouTube Music',
    url: 'https://music.youtube.com/youtubei/v1',
    enabled: true,
    usedFor: 'audio sources',
  },
  lrclib: { name: 'LRCLIB lyrics', url: 'https://lrclib.net/api', enabled: false, usedFor: 'plain and synced lyrics' },
  acoustid: {
    name: 'AcoustID',
    url: 'https://api.acoustid.org/v2',
    enabled: true,
    usedFor: 'fingerprint checks (only with `ACOUSTID_API_KEY`)',
  },
};

type ProviderSettings = {
  baseUrl: Setting<string>;
  enabled: Setting<boolean>;
};

/** `TRUETRACK_<PROVIDER>_URL` and `TRUETRACK_<PROVIDER>_ENABLED` for every provider (README: the providers table). */
const perProvider = Object.fromEntries(
  PROVIDER_IDS.map((id): [ProviderId, ProviderSettings] => {
    const { name, url: defaultUrl, enabled } = PROVIDERS[id];
    const upper = id.toUpperCase();
    return [
      id,
      {
        baseUrl: setting(`TRUETRACK_${upper}_URL`, `${name} base URL (a mirror or a local server)`, {
          default: defaultUrl,
          parse: url('http', 'https'),
          tableRow: false,
        }),
        enabled: setting(`TRUETRACK_${upper}_ENABLED`, `ask ${name}`, {
          default: String(enabled),
          parse: bool,
          tableRow: false,
        }),
      },
    ];
  }),
) as Record<ProviderId, ProviderSettings>;

/** Providers: the services recordings, covers, lyrics and sources are looked up in. */
export const PROVIDER_SETTINGS = {
  providers: {
    contact: setting('TRUETRACK_CONTACT', 'contact URL or e-mail sent in the User-Agent (MusicBrainz asks for one)', {
      default: '',
      parse: headerText,
    }),
    timeoutMs: setting('TRUETRACK_PROVIDER_TIMEOUT_MS', 'timeout of one provider request', {
      default: '10000',
      parse: integer(100, 120_000),
    }),
    cacheTtlMs: setting('TRUETRACK_PROVIDER_CACHE_HOURS', 'how long provider answers are reused (`0` = no cache)', {
      default: '24',
      parse: integer(0, 24 * 365),
      to: hours,
    }),
    musicbrainzIntervalMs: setting(
      'TRUETRACK_MUSICBRAINZ_INTERVAL_MS',
      'minimum gap between MusicBrainz requests (the public server allows 1/s)',
      { default: '1000', parse: integer(0, 60_000) },
    ),
    acoustidApiKey: optional(
      'ACOUSTID_API_KEY',
      'AcoustID application key; kept files are checked against AcoustID with it',
      { parse: text, secret: true },
    ),
    youtubeWatchUrl: optional(
      'TRUETRACK_YOUTUBE_WATCH_URL',
      'watch page YouTube sources are downloaded from, as `<url>?v=<id>` (a mirror or a local server); unset = YouTube itself',
      { parse: url('http', 'https') },
    ),
    ...perProvider,
  },
};
