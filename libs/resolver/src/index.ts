export * from './providers/provider.types.js';
export type { ProviderRecording, ProviderSource } from './providers/provider-models.js';
export type { ProviderRelease, ReleaseMedium, ReleaseTrack } from './providers/provider-models.js';
export type { ProviderArtist, ProviderReleaseGroup } from './providers/catalog-models.js';
export { ProviderHttpFactory, type ProviderHttp } from './providers/provider-http.js';
export { ProviderCache } from './cache/provider-cache.service.js';
export { ProviderCacheEntity } from './cache/provider-cache.entity.js';
export { MusicBrainzProvider } from './providers/musicbrainz/musicbrainz.provider.js';
export { CoverArtArchiveProvider } from './providers/coverartarchive/coverartarchive.provider.js';
export { LrclibProvider } from './providers/lrclib/lrclib.provider.js';
export { AcoustidProvider } from './providers/acoustid/acoustid.provider.js';
export type { FingerprintMatch } from './providers/acoustid/acoustid.types.js';
export { ItunesProvider } from './providers/itunes/itunes.provider.js';
export { DeezerProvider } from './providers/deezer/deezer.provider.js';
export { YoutubeMusicProvider } from './providers/youtube-music/youtube-music.provider.js';
export { parseYtmSearch, dedupeSources } from './providers/youtube-music/ytmusic-search.parser.js';
export { parseYoutubeSearch, isYoutubeSearch } from './providers/youtube-music/youtube-search.parser.js';
export { IdentityResolver, type IdentityResolution } from './identity/identity-resolver.service.js';
export { SourceFinder } from './sources/source-finder.service.js';
export { keptSources, type KeptSources } from './sources/kept-sources.js';
export { MetadataMatcher } from './metadata/metadata-matcher.service.js';
export type { TrackMetadata } from './metadata/track-metadata.js';
export { ResolverModule } from './resolver.module.js';

import { ProviderCacheEntity } from './cache/provider-cache.entity.js';

/** The entities the resolver maps; handed to the DataSource by the composition root. */
export const RESOLVER_ENTITIES = [ProviderCacheEntity];
