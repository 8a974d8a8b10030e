import { type AppConfig, PROVIDER_IDS, type ProviderConfig, type ProviderId } from '@app/config';

/**
 * Provider settings for tests: every provider disabled and pointed at the discard port on loopback, so no
 * test can reach the internet by accident. Tests that need a provider point it at their fake server.
 */
export function offlineProviders(): AppConfig['providers'] {
  const off = Object.fromEntries(PROVIDER_IDS.map((id) => [id, { baseUrl: 'http://127.0.0.1:9', enabled: false }]));
  return {
    contact: 'tests@truetrack.invalid',
    timeoutMs: 2000,
    cacheTtlMs: 0,
    musicbrainzIntervalMs: 0,
    acoustidApiKey: undefined,
    youtubeWatchUrl: undefined,
    ...(off as Record<ProviderId, ProviderConfig>),
  };
}
