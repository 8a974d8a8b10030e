import type { FakeRequest, FakeResponse } from '../fake-http-server.js';
import { stableUuid } from './catalog.js';
import type { FakeSong } from './fake-song.js';
import { matchSongs } from './word-match.js';

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
    artist: { id: stableUuid(`artist:${name}`), name, 'sort-name': name },
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
        'release-group': { id: entry.releaseGroupId, 'primary-type': 'Album', 'secondary-types': [] },
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
      'primary-type': 'Album',
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
