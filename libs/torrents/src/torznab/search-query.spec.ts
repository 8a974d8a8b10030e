import { parseCaps } from './parse-caps.js';
import { albumSearches, apiEndpoint } from './search-query.js';

const caps = (musicParams?: string) =>
  parseCaps(
    `<caps><searching><search available="yes" supportedParams="q"/>${
      musicParams === undefined ? '' : `<music-search available="yes" supportedParams="${musicParams}"/>`
    }</searching></caps>`,
  );

describe('album searches', () => {
  const search = { artist: 'Glenn Miller', album: 'In the Mood' };

  it('asks t=music with the empty q Lidarr sends, then falls back to t=search', () => {
    expect(albumSearches(search, caps('q,album,artist'), [3000, 3040])).toEqual([
      { t: 'music', cat: '3000,3040', extended: '1', q: '', artist: 'Glenn Miller', album: 'In the Mood' },
      { t: 'search', cat: '3000,3040', extended: '1', q: 'Glenn Miller In the Mood' },
    ]);
  });

  it('uses only t=search when the indexer has no music search or only q', () => {
    expect(albumSearches(search, caps(), []).map((p) => p['t'])).toEqual(['search']);
    expect(albumSearches(search, caps('q'), []).map((p) => p['t'])).toEqual(['search']);
  });

  it('sends only the parameters the caps name', () => {
    expect(albumSearches(search, caps('q,artist'), [])[0]).toEqual({
      t: 'music',
      extended: '1',
      q: '',
      artist: 'Glenn Miller',
    });
  });

  it('tries t=music first when caps are unknown', () => {
    expect(albumSearches(search, undefined, []).map((p) => p['t'])).toEqual(['music', 'search']);
  });
});

describe('apiEndpoint', () => {
  it.each([
    [
      'http://127.0.0.1:9117/api/v2.0/indexers/all/results/torznab/',
      'http://127.0.0.1:9117/api/v2.0/indexers/all/results/torznab/api',
    ],
    [
      'http://127.0.0.1:9117/api/v2.0/indexers/all/results/torznab/api?apikey=x',
      'http://127.0.0.1:9117/api/v2.0/indexers/all/results/torznab/api',
    ],
    ['http://localhost:9696/1/', 'http://localhost:9696/1/api'],
    ['http://localhost:9696/1', 'http://localhost:9696/1/api'],
  ])('%s → %s', (feed, endpoint) => {
    expect(apiEndpoint(feed)).toBe(endpoint);
  });
});
