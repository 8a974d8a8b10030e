import { recordedJson } from '../../../test/support/recorded-responses.js';
import {
  type ItunesResponse,
  isCompilation,
  itunesArtwork,
  itunesDate,
  mapItunesResults,
  mapItunesTrack,
} from './itunes.mapper.js';

const recorded = (file: string) => mapItunesResults(recordedJson<ItunesResponse>(`itunes/${file}`));

describe('iTunes mapper over recorded answers', () => {
  it('maps the Skid Row hit to its compilation, not the 1989 album', () => {
    const [hit, ...rest] = recorded('koel_search_track_skid_row_i_remember_you.json');
    expect(rest).toHaveLength(0);
    expect(hit).toEqual({
      provider: 'itunes',
      providerId: '265611396',
      title: 'I Remember You',
      artists: ['Skid Row'],
      album: '40 Seasons - The Best of Skid Row',
      durationMs: 314027,
      releaseDate: '1998-11-03',
      isVideo: undefined,
      coverUrl:
        'http://is3.mzstatic.com/image/thumb/Music/v4/b3/5e/28/b35e28a2-2485-3124-721c-1948a9b99220/source/600x600bb.jpg',
      url: 'https://itunes.apple.com/us/album/i-remember-you/id265611220?i=265611396&uo=4',
      extra: {
        artistId: 163805,
        collectionId: 265611220,
        compilation: true,
        trackNumber: 4,
        trackCount: 16,
        discNumber: 1,
        discCount: 1,
        trackExplicitness: 'notExplicit',
        isStreamable: true,
        genre: 'Rock',
        country: 'USA',
      },
    });
  });

  it('keeps non-Latin titles and artists as they are (コブクロ – 桜)', () => {
    const [hit] = recorded('ios-itunes-search_search_kobukuro_sakura_jp.json');
    expect(hit).toMatchObject({
      providerId: '256412807',
      title: '桜',
      artists: ['コブクロ'],
      album: 'NAMELESS WORLD',
      durationMs: 361493,
      releaseDate: '2005-05-11',
      extra: expect.objectContaining({ isStreamable: false, compilation: false, trackNumber: 2 }),
    });
  });

  it('gives all 15 "Jack Johnson" songs, none of them by the artist Jack Johnson', () => {
    const hits = recorded('saltTest_search_jack_johnson_15_results.json');
    expect(hits).toHaveLength(15);
    expect(hits.filter((hit) => hit.artists.includes('Jack Johnson'))).toEqual([]);
    expect(hits[0]).toMatchObject({ title: 'Jack Johnson', artists: ['This Bike Is a Pipe Bomb'], durationMs: 117573 });
    expect(hits.map((hit) => hit.title)).toContain('Rainbow (feat. Jack Johnson)');
  });

  it('keeps a duo credit as one artist and reads the collection artist', () => {
    const hit = recorded('saltTest_search_jack_johnson_15_results.json').find((h) => h.providerId === '1220166372');
    expect(hit?.artists).toEqual(['Tom Russell & Barrence Whitfield']);
    expect(hit?.extra).toMatchObject({ collectionArtistName: 'Tom Russell', compilation: false });
  });

  it('maps an album lookup to its songs and music videos, lending the collection type to each track', () => {
    const hits = recorded('harmony_lookup_album_1441458047_gb.json');
    expect(hits).toHaveLength(21);
    const bohemian = hits.filter((hit) => hit.title === 'Bohemian Rhapsody');
    expect(bohemian.map((hit) => [hit.providerId, hit.durationMs, hit.isVideo])).toEqual([
      ['1441458081', 354320, undefined],
      ['1441458100', 358483, true],
    ]);
    expect(bohemian[0]).toMatchObject({
      album: 'A Night at the Opera (Deluxe Edition)',
      releaseDate: '1975-10-31',
      extra: expect.objectContaining({ collectionType: 'Album', trackNumber: 11, discNumber: 1, compilation: false }),
    });
  });

  it.each([
    ['no body', null],
    ['no results', { resultCount: 0, results: [] }],
    ['an error answer', { errorMessage: 'Invalid value(s) for key(s): [resultEntity]' }],
  ])('gives nothing for %s', (_case, body) => {
    expect(mapItunesResults(body as ItunesResponse | null)).toEqual([]);
  });

  it.each([
    ['a collection row', { wrapperType: 'collection', collectionId: 1, collectionName: 'X' }],
    ['an artist row', { wrapperType: 'artist', artistId: 1, artistName: 'X' }],
    ['a podcast', { wrapperType: 'track', kind: 'podcast', trackId: 1, trackName: 'X' }],
    ['a track without a name', { wrapperType: 'track', kind: 'song', trackId: 1 }],
  ])('skips %s', (_case, row) => {
    expect(mapItunesTrack(row)).toBeUndefined();
  });
});

describe('iTunes helpers', () => {
  it.each([
    ['https://is1-ssl.mzstatic.com/image/thumb/Music/x/source/100x100bb.jpg', '.../source/600x600bb.jpg'],
    ['https://is1-ssl.mzstatic.com/image/thumb/Music/x/source/100x100bb.png', '.../source/600x600bb.png'],
    ['https://is1-ssl.mzstatic.com/image/thumb/Music/x/source/60x60.jpg', '.../source/600x600bb.jpg'],
  ])('asks for 600 px artwork instead of %s', (url, expected) => {
    expect(itunesArtwork(url)?.replace('https://is1-ssl.mzstatic.com/image/thumb/Music/x', '...')).toBe(expected);
  });

  it('leaves an artwork URL of another shape alone', () => {
    expect(itunesArtwork('https://example.org/cover')).toBe('https://example.org/cover');
    expect(itunesArtwork(undefined)).toBeUndefined();
  });

  it.each([
    ['1998-11-03T08:00:00Z', '1998-11-03'],
    ['2024-08-16', '2024-08-16'],
    ['1900-01-01T12:00:00Z', undefined],
    ['soon', undefined],
    [undefined, undefined],
  ])('reads the release day of %s', (value, expected) => {
    expect(itunesDate(value)).toBe(expected);
  });

  it.each([
    ['Hits of the 90s', 'Various Artists', true],
    ['40 Seasons - The Best of Skid Row', undefined, true],
    ['Greatest Hits', undefined, true],
    ['Lemonade', undefined, false],
    ['The Legend of Jack Johnson - EP', undefined, false],
    ['Rhythms del Mundo Cuba', 'Rhythms del Mundo Cuba', false],
  ])('tells whether "%s" (by %s) is a compilation', (collectionName, collectionArtistName, expected) => {
    expect(isCompilation({ collectionName, collectionArtistName })).toBe(expected);
  });
});
