import type { TorznabRelease } from '@app/torrents';
import { type CachedRelease, ReleaseCache } from './release-cache.js';
import type { ReleaseResource } from './release.resource.js';

const cached = (guid: string): CachedRelease => ({
  resource: { guid, indexerId: 1 } as ReleaseResource,
  release: { guid, title: guid } as TorznabRelease,
  indexer: { name: 'Jackett', url: 'http://jackett/', apiKey: 'k', categories: [3000] },
  offered: { guid, title: guid, indexer: 'Jackett', quality: 'FLAC' },
});

describe('release cache', () => {
  it('finds a searched release by guid for 30 minutes, then forgets it', () => {
    let now = 0;
    const cache = new ReleaseCache(() => now);
    cache.remember([cached('a'), cached('b')]);
    expect(cache.find('a')?.resource.guid).toBe('a');
    expect(cache.find('c')).toBeUndefined();
    now = 30 * 60_000 - 1;
    expect(cache.find('b')?.resource.guid).toBe('b');
    now = 30 * 60_000;
    expect(cache.find('b')).toBeUndefined();
  });

  it('a new search of the same release keeps it longer', () => {
    let now = 0;
    const cache = new ReleaseCache(() => now);
    cache.remember([cached('a')]);
    now = 20 * 60_000;
    cache.remember([cached('a')]);
    now = 40 * 60_000;
    expect(cache.find('a')).toBeDefined();
  });

  it('drops the oldest releases beyond 5000', () => {
    const cache = new ReleaseCache(() => 0);
    cache.remember(Array.from({ length: 5001 }, (_, i) => cached(`g${i}`)));
    expect(cache.find('g0')).toBeUndefined();
    expect(cache.find('g1')).toBeDefined();
    expect(cache.find('g5000')).toBeDefined();
  });
});
