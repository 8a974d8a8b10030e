import { cassette, cassetteJson, recordedJson } from '../../../test/support/recorded-responses.js';
import {
  type DeezerSearchResponse,
  type DeezerTrack,
  deezerAdvancedQuery,
  deezerError,
  mapDeezerSearch,
  mapDeezerTrack,
  normalizeIsrc,
} from './deezer.mapper.js';

const SEARCH = 'deezer/deezer-python_TestClient.test_advanced_search_complex_with_relation.yaml';
const TRACK = 'deezer/deezer-python_TestClient.test_get_track.yaml';

describe('Deezer mapper over recorded answers', () => {
  it('maps a track lookup with both contributors, the ISRC and the duration in ms', () => {
    const track = mapDeezerTrack(recordedJson<DeezerTrack>('deezer/harmony_track_2947516331.json'));
    expect(track).toEqual({
      provider: 'deezer',
      providerId: '2947516331',
      title: 'Die With A Smile',
      artists: ['Lady Gaga', 'Bruno Mars'],
      album: 'Die With A Smile',
      durationMs: 250_000,
      isrc: 'USUM72409273',
      releaseDate: '2024-08-16',
      coverUrl:
        'https://cdn-images.dzcdn.net/images/cover/4bd5903f4ce8f2601916bfadb44efe8a/1000x1000-000000-80-0-0.jpg',
      url: 'https://www.deezer.com/track/2947516331',
      extra: {
        rank: 997757,
        explicitLyrics: false,
        albumId: 629506181,
        artistId: 75491,
        releaseDate: '2024-08-16',
        trackPosition: 1,
        diskNumber: 1,
        titleShort: 'Die With A Smile',
        readable: true,
      },
    });
  });

  it('maps the recorded track/3135556 answer (Daft Punk, 224 s)', () => {
    const [interaction] = cassette(TRACK);
    expect(interaction?.request.uri).toBe('https://api.deezer.com/track/3135556');
    expect(mapDeezerTrack(cassetteJson<DeezerTrack>(TRACK))).toMatchObject({
      providerId: '3135556',
      title: 'Harder Better Faster Stronger',
      artists: ['Daft Punk'],
      album: 'Discovery',
      isrc: 'GBDUW0000059',
      durationMs: 224_000,
      releaseDate: '2001-03-07',
      extra: expect.objectContaining({ bpm: 123, trackPosition: 4, albumId: 302127 }),
    });
  });

  it('maps a fielded search hit, which carries no ISRC and only the main artist', () => {
    const hits = mapDeezerSearch(cassetteJson<DeezerSearchResponse>(SEARCH));
    expect(hits).toEqual([
      {
        provider: 'deezer',
        providerId: '623719262',
        title: 'The joke',
        artists: ['Lou Doillon'],
        album: 'Soliloquy',
        durationMs: 200_000,
        isrc: undefined,
        releaseDate: undefined,
        coverUrl:
          'https://cdns-images.dzcdn.net/images/cover/880c64b16d6984e10a56617c244bf29c/1000x1000-000000-80-0-0.jpg',
        url: 'https://www.deezer.com/track/623719262',
        extra: {
          rank: 761992,
          explicitLyrics: false,
          albumId: 85607212,
          artistId: 1701297,
          titleShort: 'The joke',
          readable: true,
        },
      },
    ]);
  });

  it('builds the query the recorded search sent', () => {
    const uri = new URL(cassette(SEARCH)[0]?.request.uri ?? '');
    expect(deezerAdvancedQuery({ artist: 'Lou Doillon', title: 'Joke' })).toBe(uri.searchParams.get('q'));
  });

  it.each([
    ['both fields', { artist: 'Lady Gaga', title: 'Die With A Smile' }, 'artist:"Lady Gaga" track:"Die With A Smile"'],
    ['the title only', { title: 'Soliloquy' }, 'track:"Soliloquy"'],
    [
      'quotes in a value',
      { artist: "Guns N' Roses", title: 'Sweet Child "O" Mine' },
      'artist:"Guns N\' Roses" track:"Sweet Child O Mine"',
    ],
    ['nothing', {}, undefined],
    ['blank fields', { artist: ' ', title: '"' }, undefined],
  ])('builds a fielded query from %s', (_case, fields, expected) => {
    expect(deezerAdvancedQuery(fields)).toBe(expected);
  });

  it.each([
    ['no data', { error: { type: 'DataException', message: 'no data', code: 800 } }, 800],
    ['quota', { error: { type: 'Exception', message: 'Quota limit exceeded', code: 4 } }, 4],
  ])('recognises the in-body error "%s"', (_case, body, code) => {
    expect(deezerError(body)?.code).toBe(code);
  });

  it.each([
    ['a track', recordedJson<unknown>('deezer/harmony_track_2947516331.json')],
    ['a search answer', { data: [], total: 0 }],
    ['null', null],
  ])('sees no error in %s', (_case, body) => {
    expect(deezerError(body)).toBeUndefined();
  });

  it.each([
    ['an error answer', { error: { code: 800 } }],
    ['an album', { id: 302127, title: 'Discovery', type: 'album' }],
    ['an item without an id', { title: 'x' }],
    ['null', null],
  ])('maps %s to no track', (_case, body) => {
    expect(mapDeezerTrack(body as DeezerTrack)).toBeUndefined();
  });

  it.each([
    ['USUM72409273', 'USUM72409273'],
    ['us-um7-24-09273', 'USUM72409273'],
    [' gbduw0000059 ', 'GBDUW0000059'],
    ['USUM7240927', undefined],
    ['not an isrc', undefined],
  ])('normalises the ISRC %s', (value, expected) => {
    expect(normalizeIsrc(value)).toBe(expected);
  });
});
