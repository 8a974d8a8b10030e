import type { FakeRequest, FakeResponse } from '../fake-http-server.js';
import { stableUuid } from './catalog.js';
import type { FakeSong } from './fake-song.js';
import { matchSongs, wordsOf } from './word-match.js';

/*
 * MusicBrainz ws/2 answers built on the shapes of the recorded files under libs/resolver/test/fixtures/musicbrainz:
 * recording search as fuzzbin_recording_search_seether_gasoline.json, recording lookup as
 * fuzzbin_recording_lookup_5fb524f1_smells_like_teen_spirit.json, ISRC lookup as
 * fuzzbin_isrc_lookup_smells_like_teen_spirit.json, release lookup as koel_release_lookup_aerosmith_with_recordings.json.
 */

const NOT_FOUND: FakeResponse = {
  status: 404,
  body: { error: 'Not Found', help: 'For usage, please see: https://musicbrainz.org/development/mmd' },
};

/** One MusicBrainz recording (the song itself, or its twin on another release). */
interface MbEntry {
  id: string;
  song: FakeSong;
  releaseId: string;
  releaseGroupId: string;
}

export function musicBrainzAnswer(songs: readonly FakeSong[], request: FakeRequest): FakeResponse {
  const path = request.path.replace(/^\/ws\/2\//, '');
  const entries = songs.flatMap(entriesOf);
  if (path === 'recording') {
    const found = matchSongs(songs, request.query.get('query') ?? '');
    const recordings = found.flatMap(({ song, score }) =>
      entriesOf(song).map((entry) => ({ ...recording(entry), score: Math.round(score * 100) })),
    );
    return { body: { created: '2024-01-01T00:00:00.000Z', count: recordings.length, offset: 0, recordings } };
  }
  const catalog = catalogAnswer(songs, path, request.query);
  if (catalog) return catalog;
  const [kind, id = ''] = path.split('/');
  if (kind === 'recording') {
    const entry = entries.find((e) => e.id === id);
    return entry ? { body: recording(entry) } : NOT_FOUND;
  }
  if (kind === 'isrc') {
    const matching = entries.filter((e) => e.song.isrc === id.toUpperCase());
    if (!matching.length) return NOT_FOUND;
    return { body: { isrc: id.toUpperCase(), recordings: matching.map(recording) } };
  }
  if (kind === 'release') {
    const onRelease = entries.filter((e) => e.releaseId === id);
    return onRelease.length ? { body: release(onRelease) } : NOT_FOUND;
  }
  return NOT_FOUND;
}

/**
 * Artist lookup and search, release groups browsed by artist and releases browsed by release group (shaped like
 * ws/2 answers: `artist/<id>`, `artist?query=`, `release-group?artist=`, `release?release-group=`). Every artist
 * credited on a song is an artist; every album a release group with one release.
 */
function catalogAnswer(songs: readonly FakeSong[], path: string, query: URLSearchParams): FakeResponse | undefined {
  const names = [...new Set(songs.flatMap((song) => song.artists))];
  const byId = new Map(names.map((name) => [fakeArtistId(name), name]));
  if (path.startsWith('artist/')) {
    const name = byId.get(path.slice('artist/'.length));
    return name ? { body: artist(name) } : NOT_FOUND;
  }
  if (path === 'artist') {
    const words = wordsOf(query.get('query') ?? '');
    const found = names.filter((name) => words.length && words.every((word) => wordsOf(name).includes(word)));
    return {
      body: { count: found.length, offset: 0, artists: found.map((name) => ({ ...artist(name), score: 100 })) },
    };
  }
  if (path === 'release-group' && query.has('artist')) {
    const name = byId.get(query.get('artist') ?? '');
    const albums = songs.filter((song) => name && song.artists.includes(name));
    const groups = [...new Map(albums.map((song) => [song.releaseGroupId, releaseGroup(song)])).values()];
    return { body: { 'release-group-count': groups.length, 'release-group-offset': 0, 'release-groups': groups } };
  }
  if (path === 'release' && query.has('query')) {
    const words = wordsOf((query.get('query') ?? '').replace(/\b(release|artist):/g, ' '));
    const found = songs.filter((song) => {
      const have = new Set(wordsOf(`${song.album} ${song.artists.join(' ')}`));
      return words.length > 0 && words.every((word) => have.has(word));
    });
    const releases = [...new Map(found.map((song) => [song.releaseId, releaseSummary(song)])).values()];
    return { body: { count: releases.length, offset: 0, releases } };
  }
  if (path === 'release' && query.has('release-group')) {
    const onGroup = songs.flatMap(entriesOf).filter((e) => e.releaseGroupId === query.get('release-group'));
    const releases = onGroup.length ? [release(onGroup)] : [];
    return { body: { 'release-count': releases.length, 'release-offset': 0, releases } };
  }
  return undefined;
}

/** The MusicBrainz id the fake world gives an artist (every artist credited on one of its songs). */
export function fakeArtistId(name: string): string {
  return stableUuid(`artist:${name}`);
}

function artist(name: string) {
  const id = fakeArtistId(name);
  return {
    id,
    name,
    'sort-name': name,
    type: 'Group',
    disambiguation: '',
    country: 'XW',
    'life-span': { ended: false },
  };
}

function releaseSummary(song: FakeSong) {
  return {
    id: song.releaseId,
    score: 100,
    title: song.album,
    status: 'Official',
    date: song.releaseDate,
    country: 'XW',
    'artist-credit': artistCredit(song.artists),
    'release-group': {
      id: song.releaseGroupId,
      title: song.album,
      'primary-type': song.releaseType ?? 'Album',
      'secondary-types': [],
    },
    'track-count': 1,
    media: [{ format: 'Digital Media', 'track-count': 1 }],
  };
}

function releaseGroup(song: FakeSong) {
  return {
    id: song.releaseGroupId,
    title: song.album,
    'primary-type': song.releaseType ?? 'Album',
    'secondary-types': [],
    'first-release-date': song.releaseDate,
    disambiguation: '',
  };
}

function entriesOf(song: FakeSong): MbEntry[] {
  const own = { id: song.recordingId, song, releaseId: song.releaseId, releaseGroupId: song.releaseGroupId };
  if (!song.twinRecordingId) return [own];
  const twin = {
    id: song.twinRecordingId,
    song,
    releaseId: stableUuid(`twin-release:${song.twinRecordingId}`),
    releaseGroupId: stableUuid(`twin-release-group:${song.twinRecordingId}`),
  };
  return [own, twin];
}

export function artistCredit(artists: readonly string[]) {
  return artists.map((name, i) => ({
    name,
    joinphrase: i < artists.length - 1 ? ' & ' : '',
    artist: { id: fakeArtistId(name), name, 'sort-name': name },
  }));
}

function recording(entry: MbEntry) {
  const { song } = entry;
  const length = song.durationSec * 1000;
  return {
    id: entry.id,
    title: song.title,
    length,
    video: null,
    disambiguation: '',
    isrcs: [song.isrc],
    'first-release-date': song.releaseDate,
    'artist-credit': artistCredit(song.artists),
    releases: [
      {
        id: entry.releaseId,
        title: song.album,
        status: 'Official',
        date: song.releaseDate,
        country: 'XW',
        'artist-credit': artistCredit(song.artists),
        'release-group': {
          id: entry.releaseGroupId,
          'primary-type': song.releaseType ?? 'Album',
          'secondary-types': [],
        },
        media: [
          {
            position: 1,
            format: 'Digital Media',
            'track-count': song.trackNumber,
            track: [
              { id: stableUuid(`track:${entry.id}`), number: String(song.trackNumber), title: song.title, length },
            ],
          },
        ],
      },
    ],
  };
}

function release(entries: MbEntry[]) {
  const first = entries[0]!;
  const { song } = first;
  const tracks = [...entries]
    .sort((a, b) => a.song.trackNumber - b.song.trackNumber)
    .map((entry) => ({
      id: stableUuid(`track:${entry.id}`),
      number: String(entry.song.trackNumber),
      position: entry.song.trackNumber,
      title: entry.song.title,
      length: entry.song.durationSec * 1000,
      'artist-credit': artistCredit(entry.song.artists),
      recording: {
        id: entry.id,
        title: entry.song.title,
        length: entry.song.durationSec * 1000,
        'artist-credit': artistCredit(entry.song.artists),
      },
    }));
  return {
    id: first.releaseId,
    title: song.album,
    status: 'Official',
    date: song.releaseDate,
    country: 'XW',
    barcode: '',
    'artist-credit': artistCredit(song.artists),
    'release-group': {
      id: first.releaseGroupId,
      title: song.album,
      'primary-type': song.releaseType ?? 'Album',
      'secondary-types': [],
      'first-release-date': song.releaseDate,
    },
    'label-info': [
      { 'catalog-number': null, label: { id: stableUuid(`label:${song.album}`), name: 'Loopback Records' } },
    ],
    genres: [{ name: 'electronic', count: 2 }],
    media: [{ position: 1, format: 'Digital Media', 'track-count': tracks.length, tracks }],
  };
}
