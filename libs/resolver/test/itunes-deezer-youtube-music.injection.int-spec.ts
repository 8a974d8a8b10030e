// Nest builds the iTunes, Deezer and YouTube Music providers from what the resolver module offers.
import { Test } from '@nestjs/testing';
import { APP_CONFIG } from '@app/config';
import { CLOCK, SystemClock } from '@app/platform';
import { ProviderCache } from '../src/cache/provider-cache.service.js';
import { ProviderHttpFactory } from '../src/providers/provider-http.js';
import { DeezerProvider } from '../src/providers/deezer/deezer.provider.js';
import { ItunesProvider } from '../src/providers/itunes/itunes.provider.js';
import { YoutubeMusicProvider } from '../src/providers/youtube-music/youtube-music.provider.js';
import { providerHarness } from './support/provider-harness.js';

describe('iTunes, Deezer and YouTube Music providers in Nest', () => {
  it('are injected with the configuration, the HTTP factory and the cache', async () => {
    const harness = await providerHarness('deezer', 'http://127.0.0.1:9');
    try {
      const module = await Test.createTestingModule({
        providers: [
          { provide: APP_CONFIG, useValue: harness.config },
          { provide: CLOCK, useValue: new SystemClock() },
          { provide: ProviderCache, useValue: harness.cache },
          ProviderHttpFactory,
          ItunesProvider,
          DeezerProvider,
          YoutubeMusicProvider,
        ],
      }).compile();
      expect(module.get(ItunesProvider).isEnabled()).toBe(false);
      expect(module.get(DeezerProvider).isEnabled()).toBe(true);
      expect(module.get(YoutubeMusicProvider).capabilities).toEqual(['audio-search']);
      await module.close();
    } finally {
      await harness.close();
    }
  });
});
