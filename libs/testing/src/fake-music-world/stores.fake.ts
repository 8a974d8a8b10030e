import type { FakeRequest, FakeResponse } from '../fake-http-server.js';
import { stableNumber } from './catalog.js';
import type { FakeSong } from './fake-song.js';
import { matchSongs } from './word-match.js';

/*
 * iTunes Search rows on the shape of libs/resolver/test/fixtures/itunes/koel_search_track_skid_row_i_remember_you.json;
 * Deezer tracks on the shape of deezer/constructed_search_track_abstrakt_nobody_else.json (search items carry no
 * ISRC) and deezer/harmony_track_2947516331.json (track lookups do).
 */

export function itunesAnswer(songs: readonly FakeSong[], request: FakeRequest, artUrl: (song: FakeSong) => string) {
  const row = (song: FakeSong) => itunesRow(song, artUrl(song));
  if (request.path === '/search') {
    const results = matchSongs(songs, request.query.get('term') ?? '').map(({ song }) => row(song));
    return { body: { resultCount: results.length, results } };
  }
  if (request.path === '/lookup') {
    const id = Number(request.query.get('id'));
    const results = songs.filter((song) => itunesTrackId(song) === id).map(row);
    return { body: { resultCount: results.length, results } };
  }
  return { status: 404, body: 'Not Found' };
}

const itunesTrackId = (song: FakeSong) => stableNumber(`itunes:${song.key}`);

function itunesRow(song: FakeSong, artworkUrl100: string) {
  const trackId = itunesTrackId(song);
  const collectionId = stableNumber(`itunes-album:${song.album}`);
  return {
    wrapperType: 'track',
    kind: 'song',
    artistId: stableNumber(`itunes-artist:${song.artists[0]}`),
    collectionId,
    trackId,
    artistName: song.artists.join(' & '),
    collectionName: song.album,
    trackName: song.title,
    collectionCensoredName: song.album,
    trackCensoredName: song.title,
    trackViewUrl: `https://music.apple.com/us/album/${collectionId}?i=${trackId}`,
    artworkUrl100,
    collectionPrice: 9.99,
    trackPrice: 1.29,
    releaseDate: `${song.releaseDate}T07:00:00Z`,
    collectionExplicitness: 'notExplicit',
    trackExplicitness: 'notExplicit',
    discCount: 1,
    discNumber: 1,
    trackCount: Math.max(song.trackNumber, 10),
    trackNumber: song.trackNumber,
    trackTimeMillis: song.durationSec * 1000,
    country: 'USA',
    currency: 'USD',
    primaryGenreName: 'Electronic',
    isStreamable: true,
  };
}

const NO_DATA = { body: { error: { type: 'DataException', message: 'no data', code: 800 } } };

export function deezerAnswer(
  songs: readonly FakeSong[],
  request: FakeRequest,
  artUrl: (song: FakeSong) => string,
): FakeResponse {
  if (request.path === '/search/track') {
    const data = matchSongs(songs, request.query.get('q') ?? '').map(({ song }) =>
      deezerTrack(song, artUrl(song), false),
    );
    return { body: { data, total: data.length } };
  }
  const lookup = /^\/track\/(isrc:)?([\w-]+)$/.exec(request.path);
  if (!lookup) return NO_DATA;
  const [, byIsrc, id] = lookup;
  const song = songs.find((s) => (byIsrc ? s.isrc === id?.toUpperCase() : String(deezerTrackId(s)) === id));
  return song ? { body: deezerTrack(song, artUrl(song), true) } : NO_DATA;
}

const deezerTrackId = (song: FakeSong) => stableNumber(`deezer:${song.key}`);

function deezerTrack(song: FakeSong, cover: string, full: boolean) {
  const id = deezerTrackId(song);
  const artist = { id: stableNumber(`deezer-artist:${song.artists[0]}`), name: song.artists[0], type: 'artist' };
  return {
    id,
    readable: true,
    title: song.title,
    title_short: song.title,
    title_version: '',
    link: `https://www.deezer.com/track/${id}`,
    duration: song.durationSec,
    rank: 500_000,
    explicit_lyrics: false,
    artist,
    album: {
      id: stableNumber(`deezer-album:${song.album}`),
      title: song.album,
      cover_big: cover,
      cover_xl: cover,
      type: 'album',
    },
    type: 'track',
    ...(full && {
      isrc: song.isrc,
      track_position: song.trackNumber,
      disk_number: 1,
      release_date: song.releaseDate,
      contributors: song.artists.map((name) => ({ id: stableNumber(`deezer-artist:${name}`), name, role: 'Main' })),
    }),
  };
}
