// The keys this library declares in a job's data (a JobData augmentation), seen by whoever imports the library.
import './job-data.js';
export type { ProviderRelease } from './providers/provider-models.js';
export type { ProviderArtist, ProviderReleaseGroup } from './providers/catalog-models.js';
export { MusicBrainzProvider } from './providers/musicbrainz/musicbrainz.provider.js';
export { IdentityResolver, type IdentityResolution } from './identity/identity-resolver.service.js';
export { SourceFinder } from './sources/source-finder.service.js';
export { keptSources } from './sources/kept-sources.js';
export { ResolverModule } from './resolver.module.js';

import { ProviderCacheEntity } from './cache/provider-cache.entity.js';

/** The entities the resolver maps; handed to the DataSource by the composition root. */
export const RESOLVER_ENTITIES = [ProviderCacheEntity];
