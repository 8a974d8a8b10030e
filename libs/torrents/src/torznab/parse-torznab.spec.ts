import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audioCategories, parseCaps } from './parse-caps.js';
import { parseSearch } from './parse-search.js';
import { TorznabError } from './torznab-error.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../test/fixtures', name), 'utf8');

describe('Torznab search answers', () => {
  it('reads a Jackett music answer: proxied .torrent link, magnet, pack without seeders', () => {
    const [flac, mp3, pack] = parseSearch(fixture('jackett-music.search.xml'));
    expect(flac).toMatchObject({
      title: 'Glenn Miller And His Orchestra - In the Mood (1939) [FLAC 16-44.1]',
      sizeBytes: 31457280,
      seeders: 12,
      leechers: 3,
      files: 2,
      grabs: 187,
      categories: [3040, 100001],
      infoHash: '2f7d2c0b9b1e4b0f8f3c6a1d5e9b7a3c4d2e1f00',
      downloadVolumeFactor: 0,
      indexerName: 'Public Domain Audio',
      magnetUrl: undefined,
    });
    expect(flac!.torrentUrl).toMatch(
      /^http:\/\/127\.0\.0\.1:9117\/dl\/pdaudio\/\?jackett_apikey=abcdef0123456789&path=/,
    );
    expect(mp3!.torrentUrl).toBeUndefined();
    expect(mp3!.magnetUrl).toMatch(/^magnet:\?xt=urn:btih:5A8F0E3B/);
    expect(mp3!.infoHash).toBe('5a8f0e3b2c1d4e6f7a8b9c0d1e2f3a4b5c6d7e8f');
    expect(pack).toMatchObject({ seeders: 0, files: 98, infoHash: undefined, sizeBytes: 4831838208 });
  });

  it('reads the real Jackett (TPB) item shape with ratio and seed-time requirements', () => {
    const releases = parseSearch(fixture('lidarr-torznab_tpb.search.xml'));
    expect(releases).toHaveLength(5);
    expect(releases[0]).toMatchObject({
      title: 'Series Title S05E02 HDTV x264-Xclusive [eztv]',
      sizeBytes: 388895872,
      seeders: 34128,
      leechers: 36724 - 34128,
      infoHash: '9fb267cff5ae5603f07a347676ec3bf3e35f75e1',
      minimumRatio: 1,
    });
    expect(releases[0]!.magnetUrl).toMatch(/^magnet:/);
    expect(releases[0]!.publishedAt?.toISOString()).toBe('2015-04-12T03:34:00.000Z');
  });

  it('strips the BOM of a tracker feed and takes the content size, not the enclosure length', () => {
    const [first, second] = parseSearch(fixture('prowlarr-torznab_morethantv.xml'));
    expect(first).toMatchObject({ sizeBytes: 5412993028, seeders: 3, leechers: 0, infoHash: undefined });
    expect(first!.torrentUrl).toMatch(/^https:\/\/www\.morethantv\.me\/torrents\.php\?action=download/);
    expect(second!.sizeBytes).toBe(30524085127);
  });

  it('keeps numeric-looking titles and hashes as text', () => {
    const xml = `<?xml version="1.0"?><rss><channel><item><title>1999</title><guid>0123</guid><size>100</size>
      <torznab:attr name="infohash" value="1234567890123456789012345678901234567890"/></item></channel></rss>`;
    const [release] = parseSearch(xml);
    expect(release).toMatchObject({
      title: '1999',
      guid: '0123',
      infoHash: '1234567890123456789012345678901234567890',
    });
  });

  it('answers an empty channel with no releases', () => {
    expect(parseSearch('<rss><channel><title>x</title></channel></rss>')).toEqual([]);
  });
});

describe('Torznab error documents', () => {
  it.each([
    ['jackett-error-100.xml', 'unauthorized', 100, /refused the API key/],
    ['lidarr-newznab-error-100-unauthorized.xml', 'unauthorized', 100, /Incorrect user credentials/],
    ['jackett-error-201.xml', 'not-configured', 201, /not configured/],
    ['jackett-error-203.xml', 'unsupported', 203, /does not support this search/],
    ['jackett-error-900.xml', 'rate-limited', 900, /request limit/],
  ])('%s becomes a clear %s error', (file, kind, code, message) => {
    const thrown = (() => {
      try {
        parseSearch(fixture(file));
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(TorznabError);
    expect(thrown).toMatchObject({ kind, code });
    expect((thrown as Error).message).toMatch(message);
  });

  it('reads Prowlarr 429 and an unknown code', () => {
    expect(() => parseSearch('<error code="429" description="Indexer is disabled till later"/>')).toThrow(
      expect.objectContaining({ kind: 'rate-limited', retryable: true }),
    );
    expect(() => parseSearch('<error code="300" description="boom"/>')).toThrow(
      expect.objectContaining({ kind: 'failed', retryable: false }),
    );
  });
});

describe('Torznab caps', () => {
  it('reads Jackett music caps with custom categories', () => {
    const caps = parseCaps(fixture('jackett-music.caps.xml'));
    expect(caps.musicSearch).toEqual(['q', 'album', 'artist', 'label', 'year']);
    expect(caps.maxResults).toBe(100);
    expect(audioCategories(caps)).toEqual([3000, 3010, 3040, 3050, 100001, 100002]);
  });

  it('takes audio-search without supportedParams as q only (Newznab caps)', () => {
    const caps = parseCaps(fixture('lidarr-newznab_caps.xml'));
    expect(caps.musicSearch).toEqual(['q']);
    expect(caps.categories.find((c) => c.id === 3040)).toEqual({ id: 3040, name: 'Lossless', parentId: 3000 });
  });

  it('sees no music search in caps with a BOM and no music mode', () => {
    const caps = parseCaps(fixture('prowlarr-torznab_animetosho_caps.xml'));
    expect(caps.title).toBe('Anime Tosho');
    expect(caps.musicSearch).toBeUndefined();
    expect(caps.search).toEqual(['q']);
    expect(audioCategories(caps)).toEqual([]);
  });

  it('throws the error document an indexer sends for caps', () => {
    expect(() => parseCaps(fixture('jackett-error-100.xml'))).toThrow(TorznabError);
  });
});
