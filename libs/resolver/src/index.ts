export * from './providers/provider.types.js';
export { ProviderHttpFactory, type ProviderHttp } from './providers/provider-http.js';
export { ProviderCache } from './cache/provider-cache.service.js';
export { ProviderCacheEntity } from './cache/provider-cache.entity.js';
export type { ProviderRecording, ProviderSource } from './providers/provider-models.js';
