import { Module, type Type } from '@nestjs/common';
import { ParseController } from './api/parse.controller.js';
import { ProviderDirectory } from './api/provider-directory.service.js';
import { ProvidersController } from './api/providers.controller.js';
import { ResolveController } from './api/resolve.controller.js';
import { ProviderCache } from './cache/provider-cache.service.js';
import { ProviderCachePruning } from './cache/provider-cache-pruning.js';
import { IdentityResolver } from './identity/identity-resolver.service.js';
import { LinkIdentifier } from './links/link-identifier.service.js';
import { MetadataMatcher } from './metadata/metadata-matcher.service.js';
import { AcoustidProvider } from './providers/acoustid/acoustid.provider.js';
import { CoverArtArchiveProvider } from './providers/coverartarchive/coverartarchive.provider.js';
import { DeezerProvider } from './providers/deezer/deezer.provider.js';
import { ItunesProvider } from './providers/itunes/itunes.provider.js';
import { LrclibProvider } from './providers/lrclib/lrclib.provider.js';
import { MusicBrainzProvider } from './providers/musicbrainz/musicbrainz.provider.js';
import { ProviderHttpFactory } from './providers/provider-http.js';
import { type Provider, RESOLVER_PROVIDERS } from './providers/provider.types.js';
import { YoutubeMusicProvider } from './providers/youtube-music/youtube-music.provider.js';
import { SourceFinder } from './sources/source-finder.service.js';
import { ExpandAlbumStep } from './steps/expand-album.step.js';
import { MatchMetadataStep } from './steps/match-metadata.step.js';
import { ResolveIdentityStep } from './steps/resolve-identity.step.js';
import { SearchSourcesStep } from './steps/search-sources.step.js';

/** Every provider class; the services iterate over them, never switch on an id. */
const PROVIDER_CLASSES: Type<Provider>[] = [
  MusicBrainzProvider,
  ItunesProvider,
  DeezerProvider,
  YoutubeMusicProvider,
  CoverArtArchiveProvider,
  LrclibProvider,
  AcoustidProvider,
];

/** Request → recording → sources → metadata: providers, scoring services and the three resolver steps. */
@Module({
  controllers: [ParseController, ResolveController, ProvidersController],
  providers: [
    ProviderCache,
    ProviderCachePruning,
    ProviderHttpFactory,
    ...PROVIDER_CLASSES,
    {
      provide: RESOLVER_PROVIDERS,
      inject: PROVIDER_CLASSES,
      useFactory: (...providers: Provider[]) => providers,
    },
    IdentityResolver,
    ProviderDirectory,
    SourceFinder,
    MetadataMatcher,
    LinkIdentifier,
    ResolveIdentityStep,
    SearchSourcesStep,
    MatchMetadataStep,
    ExpandAlbumStep,
  ],
  exports: [IdentityResolver, SourceFinder, MetadataMatcher, RESOLVER_PROVIDERS, MusicBrainzProvider],
})
export class ResolverModule {}
